l = [3,1,2]
f = l.append
f(4); print(l, f == l.append, f != l.append, l.append == [].append, hash(f) == hash(l.append), f.__self__ is l)
print(f.__name__, f.__qualname__, {}.get.__qualname__)
class L(list): pass
x = L()
x.append(1); print(x, x.append.__qualname__)
try: x.append()
except TypeError as e: print(e)
try: l.append()
except TypeError as e: print(e)
try: [].pop(1, 2, 3)
except TypeError as e: print(e)
g = dict.fromkeys
print(g("ab", 0), type(g).__name__, g.__self__)
m = list(map(str.upper, "abc")); print(m)
print(sorted([3,1], key=abs), list(map([10,20,30].__getitem__, [0,2])))
s = set(); add = s.add
for i in range(5): add(i % 3)
print(s, l.sort(key=None, reverse=True), l)
d = {}; d.setdefault("a", []).append(1); print(d)
import random
random.seed(1); print(type(random.random).__name__, random.random() < 1)
class A:
    @classmethod
    def k(cls): pass
print(type(A.k).__name__, type(A().k).__name__, type(A.__subclasses__).__name__)
cyc = []; cyc.append(cyc.append)
print(len(cyc))
class B: pass
for x in [[].append, {}.get, "".join, B.__subclasses__, dict.fromkeys, B.mro, int.from_bytes, [].__getitem__]:
    print(type(x).__name__, x.__name__, x.__qualname__, type(x.__self__).__name__)
print(type([].append), type(list.append), type(len), type([].append) is type(len))
print(type(None)(), type(NotImplemented)(), type(...)())
try:
    type(None)(1)
except TypeError as e:
    print(e)
print("-".join(["a"]), [*range(2)], (*"ab",))
for bad in [lambda: "x".join(5), lambda: [*5], lambda: (*None,), lambda: [*[], *3.5]]:
    try:
        bad()
    except TypeError as e:
        print(e)
class Gen:
    def __iter__(self):
        raise TypeError("from __iter__")
try:
    [*Gen()]
except TypeError as e:
    print(e)
for f in [list.__len__, int.__add__, list.append, object.__repr__, dict.__getitem__, object.__init__, str.upper, list.__init__]:
    try:
        f()
    except TypeError as e:
        print(e)
