# gilvm-nogil:
# Built-ins consuming a generator (sum, any, all, min, max, sorted, list, tuple, set,
# frozenset, str.join): results, errors, tracebacks' context, a generator resumed while
# it runs, the recursion depth a recursion through them reaches, threads.
import sys
print(sum(i * i for i in range(10)))
print(sum((i for i in range(5)), 10), sum((x / 2 for x in range(5)), 0.5))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)), any(x for x in []), all(x for x in []))
print(max(x % 7 for x in range(20)), min(-x for x in range(4)))
print(sorted(x % 5 for x in range(12)))
print(list(c for c in 'abc'), tuple(i for i in range(3)), set(i % 2 for i in range(5)), frozenset(i for i in range(2)))
print(', '.join(str(i) for i in range(5)), repr(''.join(c.upper() for c in 'xyz')))
print(tuple(i for i in []), list(i for i in []), set(i for i in []), frozenset(x for x in ()))
g = (i for i in range(6))
next(g)
print(sum(g), list(g))
def gen():
    yield 1
    yield 2
    return 5
print(sum(gen()), max(gen()), sorted(gen()))
try:
    max(x for x in [])
except ValueError as e:
    print('ValueError', e)
try:
    min(x for x in [])
except ValueError as e:
    print('ValueError', e)
try:
    sum(x for x in [1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    sum((x for x in [1]), 'a')
except TypeError as e:
    print('TypeError', e)
try:
    ''.join(x for x in ['a', 1])
except TypeError as e:
    print('TypeError', e)
try:
    set([] for _ in range(2))
except TypeError as e:
    print('TypeError', e)
try:
    sorted(x for x in [1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    max(x for x in [1, 'a'])
except TypeError as e:
    print('TypeError', e)
def bad():
    yield 1
    raise KeyError('k')
for f in (sum, any, max, min, list, tuple, set, sorted, frozenset):
    try:
        f(bad())
    except KeyError as e:
        print(f.__name__, 'KeyError', e)
try:
    ''.join(str(x) for x in bad())
except KeyError as e:
    print('join KeyError', e, e.__context__)
def selfsum():
    yield sum(me)
me = selfsum()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
class Tree:
    def __init__(self, d):
        self.kids = [Tree(d - 1)] if d else []
def size(t):
    return 1 + sum(size(k) for k in t.kids)
print(size(Tree(400)))
try:
    size(Tree(600))
except RecursionError as e:
    print('RecursionError', e)
def depth_any(t):
    return not t.kids or any(depth_any(k) for k in t.kids)
print(depth_any(Tree(300)))
try:
    depth_any(Tree(400))
except RecursionError as e:
    print('RecursionError', e)
s = sum
print(s(i for i in range(4)), list(map(sum, [(i for i in range(3)), (j for j in range(4))])))
try:
    try:
        raise OSError('first')
    except OSError:
        max(x for x in ())
except ValueError as e:
    print(repr(e), repr(e.__context__))
class Num:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return Num(o + self.v)
    def __add__(self, o): return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __gt__(self, o): return self.v > o.v
    def __lt__(self, o): return self.v < o.v
    def __bool__(self): return self.v != 0
print(sum(Num(i) for i in range(4)).v, max(Num(i) for i in range(4)).v, any(Num(0) for i in range(4)))
print(sum((x for x in [1.5, 2, 3]), 0), sum(x for x in [True, True, 2**70]))
class Tree2:
    def __init__(self, d):
        self.kids = [Tree2(d - 1)] if d else []
def size(t):
    return 1 + sum(size(k) for k in t.kids)
def maxd(f):
    lo, hi = 1, 2000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            f(Tree2(mid)); lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
sys.setrecursionlimit(5000)
t = None
sys.setrecursionlimit(1000)
print(maxd(size))
print(maxd(lambda t: max((size(k) for k in t.kids), default=0)))
def a(t): return not t.kids or all(a(k) for k in t.kids)
print(maxd(a))
def l(t): return [1] + list(x for k in t.kids for x in l(k))
print(maxd(l))
def j(t): return 'x' + ''.join(j(k) for k in t.kids)
print(maxd(j))
def so(t): return sorted(so(k) for k in t.kids)
print(maxd(so))
import threading
res = [0] * 4
def w(k):
    res[k] = sum(i * i for i in range(20000)) + len(list(str(i) for i in range(100))) + max(i % 97 for i in range(1000))
ts = [threading.Thread(target=w, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(res)
