# gilvm-nogil:
# Property getters and __getitem__ that are Python functions run as calls pushed on the
# loop's own activation (as CPython's): recursion through them reaches the recursion limit,
# errors, tracebacks, __getattr__ fallback, replaced properties and subclasses as CPython.
import sys
class Node:
    def __init__(self, nxt): self.nxt = nxt
    @property
    def depth(self): return 0 if self.nxt is None else 1 + self.nxt.depth
n = None
for i in range(600): n = Node(n)
print(n.depth)
class Seq:
    def __init__(self, nxt): self.nxt = nxt
    def __getitem__(self, i): return 0 if self.nxt is None else 1 + self.nxt[i]
s = None
for i in range(700): s = Seq(s)
print(s[0])
n = None
for i in range(1200): n = Node(n)
try:
    print(n.depth)
except RecursionError as e:
    print('RecursionError', e)
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @property
    def bad(self): return 1 / 0
    @property
    def gen(self):
        yield self._x
        yield 2
    def __getitem__(self, k):
        if k == 'boom': raise KeyError(k)
        return k * 2
p = P()
print(p.x, p[21], list(p.gen), [p.x for _ in range(3)])
try: p.bad
except ZeroDivisionError as e: print('ZDE', e)
try: p['boom']
except KeyError as e: print('KE', e)
class G:
    @property
    def a(self): raise AttributeError('no a')
    def __getattr__(self, name): return 'fallback ' + name
g = G()
print(g.a, g.a)
class Sub(P):
    @property
    def x(self): return 'sub' + str(super().x)
print(Sub().x, P().x, Sub().x)
P.x = property(lambda self: 'replaced')
print(p.x, p.x)
class D(dict):
    def __getitem__(self, k): return 'D' + str(k)
d = D(a=1)
print(d['a'], d['a'], d.get('a'))
class W:
    @property
    def two(self, extra): return 1
try: W().two
except TypeError as e: print('TE', e)
class Z:
    __slots__ = ('v',)
    def __init__(self): self.v = 3
    @property
    def dbl(self): return self.v * 2
z = Z()
print(z.dbl, z.dbl)
def f():
    return n.depth
sys.setrecursionlimit(3000)
print(f())
for sl in [slice(-1, None, -1), slice(-3, -1)]:
    print(sl.start, sl.stop, sl.step)    # -1 from a slow-path load is a value, not a marker
p.bad
