class K:
    def __init__(self, s): self.s = s
    def __hash__(self): return hash(self.s)
    def __eq__(self, o): return o == self.s if isinstance(o, str) else self is o
class C:
    def __init__(self, a, b, order):
        if order:
            self.a = a; self.b = b
        else:
            self.b = b; self.a = a
        self.c = 1; self.d = 2; self.e = 3; self.f = 4; self.g = 5; self.h = 6
objs = [C(i, -i, i % 3 != 0) for i in range(10)]
for o in objs: print(vars(o))
o = C(1, 2, True); del o.a; o2 = C(3, 4, True)
print(vars(o), vars(o2))
o3 = C.__new__(C)
o3.__dict__[K('a')] = 'k'
C.__init__(o3, 7, 8, True)
print(len(o3.__dict__), o3.a, o3.b)
d = o2.__dict__
o4 = C(5, 6, False)
print(d is o2.__dict__, o2.a)
class S:
    __slots__ = ('x', '__dict__')
    def __init__(self): self.x = 1; self.y = 2
print([ (s.x, s.y) for s in [S(), S()]])
import sys
class R:
    def __init__(self): self.v = [1]
r = [R() for _ in range(3)]
print(sys.getrefcount(r[0].v))
