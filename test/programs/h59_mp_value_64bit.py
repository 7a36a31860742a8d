# multiprocessing.Value and Array keep whole 64-bit ints ('q', 'l', 'Q', 'L': beyond 2**53
# too) and store every int typecode modulo its size, as ctypes does.
import multiprocessing as mp

v = mp.Value("q", 2**53)
v.value += 1
print(v.value)
print(mp.Array("q", [2**60 + 1, -2**63])[:])
total = mp.Value("l", 0)
for i in range(100):
    total.value += 10**15
print(total.value)
u = mp.Value("Q", 2**64 - 1)
print(u.value)
u.value = -1
print(u.value)
a = mp.Array("L", 3)
a[1] = 2**63
print(a[:])
for tc in "bBhHiIlq":
    w = mp.Value(tc, 0)
    w.value = 2**70 + 2**40 + 300
    print(tc, w.value, end=" ")
print()
for tc in "iq":
    try:
        mp.Value(tc, 0).value = "a"
    except TypeError as e:
        print(tc, e)
