# copy.copy / copy.deepcopy: lists, dicts, instances, dataclasses (frozen too), cycles and
# shared references, collections types, namedtuples, __copy__/__deepcopy__, __slots__.
import copy
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple
from dataclasses import dataclass, field
a = [1, [2, 3], {'k': [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]['k'].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
class Point:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return f'Point({self.x}, {self.y})'
p = Point([1], 2); q = copy.copy(p); r = copy.deepcopy(p)
p.x.append(7); print(p, q, r, q.x is p.x)
@dataclass
class Team:
    name: str
    members: list = field(default_factory=list)
t = Team('a', ['x']); t2 = copy.deepcopy(t); t.members.append('y'); print(t, t2, t == t2)
@dataclass(frozen=True)
class F:
    v: list
f = F([1]); print(copy.deepcopy(f), copy.copy(f).v is f.v)
cyc = [1]; cyc.append(cyc); d = copy.deepcopy(cyc); print(d[1] is d, d is not cyc)
shared = [0]; s = [shared, shared]; ds = copy.deepcopy(s); print(ds[0] is ds[1])
dq = deque([[1], [2]], maxlen=5); dq2 = copy.deepcopy(dq); dq[0].append(3); print(dq, dq2, copy.copy(dq))
dd = defaultdict(list, {'a': [1]}); dd2 = copy.deepcopy(dd); dd['a'].append(2); print(dd, dd2, dd2.default_factory)
print(copy.copy(Counter('aab')), copy.deepcopy(OrderedDict(a=[1])))
N = namedtuple('N', 'a b'); n = N([1], 2); print(copy.deepcopy(n), copy.copy(n) is n)
print(copy.copy((1, 2)), copy.deepcopy((1, [2])), copy.copy('s'), copy.deepcopy(5), copy.copy({1, 2}))
class WithCopy:
    def __init__(self): self.v = 1
    def __copy__(self): print('custom copy'); return WithCopy()
    def __deepcopy__(self, memo): print('custom deepcopy'); return WithCopy()
copy.copy(WithCopy()); copy.deepcopy([WithCopy()])
class Sl:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s1 = Sl(); s2 = copy.deepcopy(s1); s1.a.append(3); print(s2.a, s2.b)
grid = [[0] * 3 for _ in range(2)]; g2 = copy.deepcopy(grid); grid[0][0] = 9; print(grid, g2)
import threading
try: copy.deepcopy(threading.Lock())
except TypeError as e: print(e)
print(copy.deepcopy({'a': (1, [2])}), copy.deepcopy(bytearray(b'x')))
