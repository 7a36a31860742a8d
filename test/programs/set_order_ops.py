# The set operators and methods build their results as CPython's setobject.c does (which
# operand is scanned, into which fresh table, with which up-front resize), so results
# iterate and pop in CPython's order (objects/setops.ts).
# gilvm-nogil: --workers 2
a = {x * 7 % 61 for x in range(50)}
b = set(range(5, 90, 3))
for k in range(0, 60, 5):
    a.discard(k)
print(a | b)
print(a & b, b & a)
print(a - b, b - a)
print(a ^ b, b ^ a)
print(a.union([200, 100, 300], {-5, -6}), a.intersection(range(30), b))
print(a.difference(range(10), [50, 51]), a.symmetric_difference([1, 2, 3, 999]))
c = set(a)
c |= frozenset(range(100, 130))
print(c)
c &= b
print(c)
c -= {8, 11, 14}
print(c)
c ^= {1000, 8, 2000}
print(c)
d = set(range(10))
d -= set(range(200))       # the other more than 8 times bigger
print(d, len(d))
e = {k * 3 for k in range(30)}
e.intersection_update(range(0, 90, 2), range(0, 90, 4))
print(e, e.pop())
f = frozenset({5, 9, 13, 2**33})
print(f | {1, 2}, f & {9, 13, 77}, f - {5}, f ^ {5, 6})
print({*a, *b} == a | b, {*a, *b})
g = {0}
g.update({k: k for k in range(40, 20, -1)})
print(g)
h = set(dict.fromkeys([9, 1, 8, 2, 7, 3]))
print(h, h.pop())
print({1, 2, 3} | {3.0, 4.0}, {True, 2} & {1.0, 2.0, 3.0})
p = set(range(64))
for k in range(0, 64, 2):
    p.discard(k)
p.add(100)
q = p - {1}
print(q, q.pop(), q.pop())
r = p ^ set(range(60, 70))
print(r, r.pop())
print(p.pop(), p.pop())
p &= set(range(10, 50))
print(p, p.pop())
s = {k * 11 % 50 for k in range(50)}
s.difference_update({k for k in range(50) if k % 3})
s.symmetric_difference_update([7, 8, 9, 10, 11])
print(s, [s.pop() for _ in range(3)])
fs = frozenset(range(23))       # built by adds: 128 slots
print(frozenset(fs) is fs, fs.copy() is fs)
print(frozenset(fs) | fs)       # fs | fs: just a copy (64 slots)
print(fs | set(fs))             # a copy, then the merge's up-front resize to 128 slots
