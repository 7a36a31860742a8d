# Slice assignment into a bytearray: a sieve's extended slices, same-length and resizing
# plain slices, an iterable value (converted before the write), errors of wrong sizes.
n = 10000
flags = bytearray([1]) * (n + 1)
flags[0] = flags[1] = 0
for i in range(2, int(n ** 0.5) + 1):
    if flags[i]:
        flags[i*i::i] = bytes(len(range(i*i, n + 1, i)))
print(sum(flags), [i for i in range(60) if flags[i]])
b = bytearray(b"abcdefghij")
b[2:5] = b"XYZ"
print(b)
b[2:5] = b"12345"
print(b, len(b))
b[::3] = b"____"
print(b)
b[1:3] = (x for x in range(65, 70))
print(b)
b[8:2:-2] = [48, 49, 50]
print(b)
b[::2] = b""
print(b)
c = bytearray(b"hello")
c[1:4] = c
print(c)
c[::-1] = c
print(c)
try:
    c[::2] = b"ab"
except ValueError as e:
    print("ValueError:", e)
try:
    c[0:2] = [300]
except ValueError as e:
    print("ValueError:", e)
try:
    c[0:2] = "st"
except TypeError as e:
    print("TypeError:", e)
print(c)
