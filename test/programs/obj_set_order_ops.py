# gilvm-nogil:
# set iteration order as CPython's table gives it: pop, removals (the table keeps its
# size), a | b, a & b, a ^ b, a - b, update/|= (one resize up front), union(*others)
s = set(); s.add(3); s.add(1); print(s.pop(), s)
s = set([30, 10, 20]); print(s.pop(), s)
s = {1, 2, 3}
print(s.pop()); s.add(0); print(s.pop(), s)
s = {5, 6, 7, 8}
print([s.pop() for _ in range(4)])
s = set(range(20))
for i in range(0, 20, 3): s.discard(i)
s.add(100); s.add(33); s.add(-1)
print(s)
a = {10, 20, 30}
b = {15, 25, 35, 40}
print(a | b, b | a, a & b, a ^ b, b - a)
print(a & {30, 10, 99, 98, 97, 96, 95}, {30, 10, 99, 98, 97, 96, 95} & a)
print(a ^ b, b ^ a, a ^ {10, 11}, {100, 3, 50} ^ {3, 7, 9, 12, 200})
a.update(b)
print(a)
c = {100, 200, 300, 5}
c |= {1, 2, 3, 4, 55, 66, 77}
print(c)
d = {x * 13 for x in range(12)}
print(d)
d.difference_update({13, 26})
d.add(1000)
print(d)
print(set([3, 1, 2]) | set([9, 8, 7, 6, 5]), {-1, -2, -3, 1, 2, 3}, {0.5, 1.5, 2.25, 8.0}, {(1, 2), (3, 4), (0, 0)})
seen = set()
for w in [5, 3, 9, 3, 12, 44, 5, 17, 23, 8]:
    seen.add(w)
print(seen)
s = set(range(10))
s -= {2, 4, 6}
s |= {20, 40}
print(s)
s = {1, 2, 3, 4, 5, 6, 7, 8, 9}
s.remove(5); s.add(13)
print(s, s.pop(), s.pop())
print(set.union({1, 40}, {80, 120}, [160]), {1, 40}.union({80, 120}, [160], {5: 0}))
x = {1, 2, 3}
x |= {8, 9, 10, 11, 12}
y = {1, 2, 3}
y.update([8, 9, 10, 11, 12])
print(x, y, x.intersection_update({9, 10, 1, 100}), x)
z = {40, 1, 17, 33}
z.symmetric_difference_update([33, 50, 65])
print(z, z.clear(), z, z.add(100), z)
