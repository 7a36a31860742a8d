# copy.copy / deepcopy of plain instances (object.__reduce_ex__'s copy, done natively), and class __dict__ proxies whose extra entries are made on demand
import copy
class P:
    def __init__(self): self.x = 1; self.y = [1, 2]
p = P(); p.me = p
q = copy.copy(p); print(q is not p, q.me is p, q.y is p.y, type(q).__name__)
r = copy.deepcopy(p); print(r.me is r, r.y == p.y, r.y is not p.y)
class E: pass
e = E(); print(vars(copy.copy(e)), vars(copy.deepcopy(e)))
shared = [1]
a = P(); a.s = shared; b = P(); b.s = shared
l = copy.deepcopy([a, b]); print(l[0].s is l[1].s, l[0].s is not shared)
class G:
    def __init__(self): self.v = 3
    def __getattr__(self, n):
        print('getattr', n); raise AttributeError(n)
g = copy.copy(G()); print(g.v)
g = copy.deepcopy(G()); print(g.v)
class S:
    __slots__ = ('a', '__dict__')
    def __init__(self): self.a = 1; self.b = 2
s = copy.copy(S()); print(s.a, s.b)
class DC:
    def __init__(self): self.z = 1
    def __deepcopy__(self, memo): print('own deepcopy'); return DC()
copy.deepcopy(DC())
class W:
    def __init__(self): self.z = 1
w = W(); w.__deepcopy__ = lambda memo: 'inst'
print(copy.deepcopy(w))
class SS:
    def __setstate__(self, st): print('setstate', sorted(st)); self.__dict__.update(st)
ss = SS(); ss.k = 1; print(copy.copy(ss).k, copy.deepcopy(ss).k)
class Gs:
    def __init__(self): self.k = 1
    def __getstate__(self): print('getstate'); return {'k': 2}
print(copy.copy(Gs()).k)
import dataclasses
@dataclasses.dataclass
class D:
    a: int
    b: list
d = D(1, [2]); d2 = copy.deepcopy(d); print(d2, d2.b is not d.b, d2 == d)
class N:
    def __new__(cls): print('new'); return super().__new__(cls)
copy.copy(N())
class Base:
    def __copy__(self): return 'basecopy'
class Sub(Base): pass
print(copy.copy(Sub()))
memo = {}
x = P(); y1 = copy.deepcopy(x, memo); print(len(memo), id(x) in memo, id(x.__dict__) in memo)
class H:
    def __eq__(self, o): return True
    __hash__ = None
h = H(); h.v = 5; print(copy.deepcopy(h).v)
class A:
    """doc"""
    x = 1
    def f(self): pass
class B(A):
    __slots__ = ('a', 'b')
class C:
    pass
for cls in (A, B, C):
    d = cls.__dict__
    print(cls.__name__, list(d)[:12], len(d))
    print(' ', '__doc__' in d, d.get('__doc__'), d.get('__slots__', 'none'), '__dict__' in d, '__weakref__' in d)
print(A.__dict__['x'], B.__dict__['a'], C.__dict__['__dict__'], C.__dict__['__weakref__'])
try: C.__dict__['zz']
except KeyError as e: print('KE', e)
print(sorted(A.__dict__.keys())[:5], len(A.__dict__.items()), A.__dict__ == dict(A.__dict__))
import types
mp = types.MappingProxyType({'a': 1})
print(mp, mp.get('a'), mp.get('b', 2), 'a' in mp, len(mp), mp['a'])
print(repr(int.__dict__['real']), int.__dict__.get('bit_length'))
import dataclasses
@dataclasses.dataclass
class D:
    x: int = dataclasses.field(default=1, metadata={'k': 'v'})
print(dataclasses.fields(D)[0].metadata, dataclasses.fields(D)[0].metadata['k'])
print(vars(C))
