# list.remove / index / count when an item's __eq__ empties the list (nothing is removed
# twice, the items compared are held), a list iterator ended by a for loop stays ended when
# the list grows, and bound methods of unhashable instances hash by identity.
class M:
    def __init__(s, l): s.l = l
    def __eq__(s, o): s.l.clear(); return True
L = ['ab']; L.extend([M(L), 'c']); L.remove('c'); print(L)
L = ['ab']; L.extend([M(L), 'c']); print(L.index('c'), L)
L = ['ab']; L.extend([M(L), 'c']); print(L.count('c'), L)
L = ['ab']; L.extend([M(L), 'c']); print('c' in L, L)

a = [1, 2, 3]; it = iter(a)
for x in it: pass
a.append(9); print(list(it), it.__length_hint__())
b = [1, 2]; it2 = iter(b)
for x in it2:
    if x == 2: b.append(3)
print(x, list(it2))
c = [5]; it3 = iter(c); print(list(it3)); c.append(6); print(list(it3))

class A:
    def __eq__(self, o): return self is o
    def f(self): pass
a = A(); print(hash(a.f) == hash(a.f)); print(len({a.f, a.f}), a.f == a.f, a.f == A().f)
class B:
    def __hash__(self): raise RuntimeError("no")
    def g(self): pass
b = B(); print(len({b.g: 1}))
d = {a.f: 'x'}; print(d[a.f])
