# Subscripts and slices (with steps, negative indices, out-of-range bounds) on
# list, tuple, str and range; slice objects; slice assignment and deletion.
lst = list(range(10))
tup = tuple(lst)
s = "abcdefghij"
r = range(10)
for seq in (lst, tup, s, r):
    print(type(seq).__name__, seq[2], seq[-1], seq[2:5], seq[:3], seq[7:], seq[::3])
    print("  ", seq[::-1], seq[-3:], seq[:-7], seq[8:2:-2], seq[100:], seq[-100:2])
    print("  ", seq[1:9:4], seq[::-4], seq[5:5], seq[-2:-8:-1], seq[3:1])
print(range(0, 20, 3)[1:5], range(10)[::-1], range(5, 0, -1)[::2], range(0)[:])
print(list(range(0, 20, 3)[1:5]), range(10)[-1], len(range(3, 30, 7)))
sl = slice(1, 8, 2)
print(sl, sl.start, sl.stop, sl.step, lst[sl], s[sl], slice(5), slice(None, None, -1))
print(sl.indices(5), slice(None, None, -1).indices(4), s[slice(None, None, -1)])
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[::2] = [0] * 5
print(a)
a[1:1] = [99]
print(a)
del a[::3]
print(a)
a[:] = "hey"
print(a)
a[-1:] = []
print(a)
b = [0, 1, 2, 3, 4, 5]
del b[1], b[-1]
print(b)
b[len(b):] = [9]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(s[20])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(tup[-11])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(r[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(lst[::0])
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(lst["1"])
except TypeError as e:
    print(type(e).__name__, e)
m = [[1, 2, 3], [4, 5, 6]]
print(m[1][2], m[-1][-3], m[0][1:], [row[1] for row in m])
d = {"k": {"inner": [10, 20]}}
d["k"]["inner"][0] += 5
print(d, "hello"[1:4][::-1], (1, 2, 3)[::2][1])
