# collections: deque with maxlen and its errors, Counter arithmetic and most_common,
# defaultdict, namedtuple (defaults, _replace, _asdict, rename), OrderedDict, ChainMap.
from collections import deque, Counter, defaultdict, namedtuple, OrderedDict, ChainMap
d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen, len(d))
d.appendleft(9); print(d)
d.extend([7, 8]); print(d)
d.extendleft([1, 2]); print(d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
print(d.pop(), d.popleft(), d)
d2 = deque([1, 2, 3, 2])
print(d2.count(2), d2.index(3), 2 in d2, d2[1], d2[-1])
d2.remove(2); print(d2)
d2.insert(1, 5); print(d2)
d2.reverse(); print(d2)
print(deque(reversed(d2)), list(d2) == [2, 3, 5, 1], d2 == deque([2, 3, 5, 1]))
d2[0] = 100; del d2[1]; print(d2)
print(d2.copy(), deque(), deque([], maxlen=0), repr(deque('ab', 2)))
try:
    deque().pop()
except IndexError as e:
    print("IE", e)
try:
    deque().popleft()
except IndexError as e:
    print("IE", e)
try:
    d2.remove(42)
except ValueError as e:
    print("VE", e)
try:
    deque([1]).index(5)
except ValueError as e:
    print("VE", e)
full = deque([1, 2], maxlen=2)
try:
    full.insert(0, 3)
except IndexError as e:
    print("IE", e)
print(d2 * 2, d2 + deque([0]), 
      deque([1,2]) < deque([1,3]))
d2.clear(); print(d2, bool(d2))

c = Counter("abracadabra")
print(c, c.most_common(2), c['z'], c.total())
c2 = Counter(a=1, b=10, z=2)
print(c + c2, c - c2, c & c2, c | c2)
print(-Counter(a=-2, b=3), +Counter(a=-2, b=3))
c.update("aa"); c.subtract({"b": 5}); print(c)
print(sorted(c.elements())[:6], list(Counter(x=2, y=1).elements()))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), c.most_common()[-1])
del c['a']; print(c)
print(Counter(a=3) >= Counter(a=2), Counter("aab").keys(), repr(Counter()))
print(Counter({'a': 2, 'b': 2, 'c': 3}).most_common())

dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory)
di = defaultdict(int); di['x'] += 5; print(di, di['missing'], len(di))
dn = defaultdict(); 
try:
    dn['k']
except KeyError as e:
    print("KE", e)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), repr(defaultdict(set)))
print(dd.get('zz'), 'zz' in dd)

Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._fields, p._asdict(), p._replace(x=10))
P3 = namedtuple('P3', 'x y z', defaults=[0, 0])
print(P3(1), P3(1, 2, 3), P3._field_defaults)
print(Point._make([5, 6]), tuple(p), p == (1, 2), len(p))
x, y = p; print(x + y)
try:
    Point(1)
except TypeError as e:
    print("TE", e)
try:
    p.x = 5
except AttributeError as e:
    print("AE", e)
try:
    p._replace(w=1)
except ValueError as e:
    print("VE", e)
R = namedtuple('R', 'a, b', rename=False)
print(R(1, 2), R.__name__, R._fields)
try:
    namedtuple('Bad', ['def', 'x'])
except ValueError as e:
    print("VE", e)
print(namedtuple('Q', ['a', 'def', 'a'], rename=True)._fields)
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    def norm(self):
        return abs(self.x) + abs(self.y)
print(Pt(3, -4).norm(), Pt(3, -4))

od = OrderedDict()
od['a'] = 1; od['b'] = 2; od['c'] = 3
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
try:
    od.move_to_end('zz')
except KeyError as e:
    print("KE", e)
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps)
