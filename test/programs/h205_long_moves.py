# Long moves inside the heap at every alignment: list.pop(0) / insert(0) / del / slice
# assignment on lists of thousands, slices and concatenations of long strs at odd offsets,
# str.translate of a long str, bytes slices, deque rotations. Each result is checked by
# content, not only by length.
from collections import deque

L = list(range(5000))
for i in range(300):
    L.insert(i % 7, L.pop(0))
print(L[:12], L[-5:], sum(L), len(L))
del L[1:2]
L[3:4] = ["a", "b", "c"]
L[10:13] = []
print(L[:14], sum(x for x in L if isinstance(x, int)), len(L))
M = list(range(3000))
for k in range(1, 40):
    M[k:k] = [k] * (k % 3)
    del M[k * 2:k * 2 + (k % 4)]
print(len(M), sum(M), M[:20])

s = "".join(chr(65 + (i * 7) % 26) for i in range(40000))
h = 0
for off in range(9):
    t = s[off:off + 30000]
    u = t[1:] + t[:1]
    h = (h * 31 + sum(map(ord, t[-50:])) + len(u)) % 1000000007
    assert u[0] == s[off + 1] and u[-1] == s[off], off
    assert t[12345:12360] == s[off + 12345:off + 12360]
print(h % 1000, s[1:30001][-20:], (s[3:] + s[:3])[-10:])
w = "é" + s
print(w[5:20005][-15:], len(w[1:] + "€" + w[2:]))
table = str.maketrans("ABC", "xyz")
tr = s[1:].translate(table)
print(tr[:30], tr[-30:], tr.count("x"))
b = bytes(range(256)) * 40
print(b[3:5003][-6:], b[1:][1000:1010], len(b[5:] + b[:5]))
d = deque(range(4000))
d.rotate(1234)
d.rotate(-77)
print(d[0], d[-1], d[1999], sum(d))
