# operator.itemgetter / attrgetter called natively (as sort and max keys too), their argument errors, and namedtuple construction by keywords
from operator import itemgetter, attrgetter
rows = [((i * 7919) % 1000, str(i), -i) for i in range(1000)]
print(sorted(rows, key=itemgetter(0))[:3], max(rows, key=itemgetter(0)), min(rows, key=itemgetter(1, 2)))
print(itemgetter(1)([5, 6]), itemgetter(0, 2)('abc'), itemgetter('k')({'k': 9}), itemgetter(slice(1, 3))([1, 2, 3, 4]))
class P:
    def __init__(self, a, b): self.a = a; self.b = b; self.me = self
    def __repr__(self): return f'P({self.a},{self.b})'
ps = [P(i % 3, -i) for i in range(6)]
print(sorted(ps, key=attrgetter('a')), sorted(ps, key=attrgetter('a', 'b')), attrgetter('me.me.a')(ps[1]))
for f, arg in [(itemgetter(5), [1]), (itemgetter('z'), {}), (attrgetter('zz'), P(1, 2)), (itemgetter(0), 5)]:
    try: f(arg)
    except Exception as e: print(type(e).__name__, e)
for call in [lambda: itemgetter(0)(), lambda: itemgetter(0)(1, 2), lambda: attrgetter('a')(x=1)]:
    try: call()
    except TypeError as e: print('TE', e)
print(repr(itemgetter(1, 'a')), repr(attrgetter('x.y')))
try:
    class G(itemgetter): pass
except TypeError as e: print("TE", e)
from collections import namedtuple
P = namedtuple('P', 'x y z', defaults=[9])
print(P(1, 2), P(x=1, y=2, z=3), P(1, y=2, z=3), P(1, 2, z=5), P(z=1, y=2, x=3), P(x=1, y=2))
for args, kw in [((1,), {'x': 2, 'y': 3}), ((), {'x': 1, 'y': 2, 'w': 3}), ((1, 2, 3), {'z': 4}), ((), {'a': 1, 'b': 2, 'c': 3}), ((1,), {})]:
    try: print(P(*args, **kw))
    except TypeError as e: print('TE', e)
class K(str): pass
print(P(**{K('x'): 1, 'y': 2, 'z': 3}))
