# Sets of numbers iterate in CPython's slot order, history included: the dummy slots that
# removals leave (a new element takes the last dummy on its probe path), the table that
# never shrinks on removal, the resize that drops dummies (objects/setorder.ts).
s = set()
for i in range(100):
    s.add(i * 13 % 37)
    if i % 3 == 0:
        s.discard(i % 11)
print(s)
print(list(s) == sorted(s), len(s))

t = set(range(40))
for k in range(0, 40, 3):
    t.remove(k)
for k in range(100, 140, 7):
    t.add(k)
print(t)
t.difference_update(range(0, 140, 2))   # more than mask/4 dummies: resized away
print(t)

# equal hashes (-1 and -2 both hash to -2), equal values of different types
u = {-1, -2, 6, 14, 22}
u.discard(-2)
u.add(-10)
u.add(True)
u.add(1.0)
u.discard(6)
u.add(30)
print(u)

# big ints, floats and tuples hash as in CPython
v = {2**61 - 1, 2**61, -2**62 + 5, 2**64 * 3, 0.5, 1e20, -7.25, (1, 2), (2, 1), ((1,), -3)}
v.discard(0.5)
v.add(8)
v.discard((1, 2))
v.add((0, 0))
print(v)

# a set made from one with dummies is re-inserted cleanly, set(x) presizes
w = set(range(0, 300, 7))
for k in range(0, 300, 21):
    w.discard(k)
print(set(w))
print(w.copy(), frozenset(w))
print({x * 5 % 97 for x in range(60) if x % 4})

# a new element takes the LAST dummy on its probe path (0, 8, 16 share home slot 0)
z = {0, 8, 16}
z.discard(0)
z.discard(8)
z.add(24)
z.add(32)
print(z)
