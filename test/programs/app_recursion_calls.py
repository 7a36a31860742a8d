# gilvm-nogil:
# recursion limits, lru_cache recursion (f(*args, **kwargs) wrappers), parameter kinds and their errors, unpacking, loops with else, truthiness, print options
import sys
print(sys.getrecursionlimit())
def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
d = depth(0)
print(900 < d <= 1000)
sys.setrecursionlimit(200)
print(sys.getrecursionlimit(), depth(0) < 200)
sys.setrecursionlimit(1000)
def flatten(x):
    return [a for i in x for a in flatten(i)] if isinstance(x, list) else [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
def hanoi(n, a='A', b='B', c='C', moves=None):
    if moves is None: moves = []
    if n: hanoi(n - 1, a, c, b, moves); moves.append((a, c)); hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
from functools import lru_cache
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(200), fib.cache_info())
def perms(s):
    if len(s) <= 1: return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]
print(perms('abc'), len(perms('abcde')))
def defaults(a, b=[]):
    b.append(a); return b
print(defaults(1), defaults(2), defaults(3, []))
def kw(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kw(1, c=3), kw(1, 2, 3, 4, c=5, e=6), kw(*[1, 2], **{'c': 0, 'z': 9}))
def pos(a, b, /, c, *, d): return a + b + c + d
print(pos(1, 2, c=3, d=4), pos(1, 2, 3, d=4))
for call in ['pos(1, b=2, c=3, d=4)', 'pos(1, 2, 3, 4)', 'kw()', 'kw(1, 2)', 'kw(1, c=1, a=2)', 'defaults()', 'len(1, 2)', '(lambda: 1)(2)', 'sorted([1], key=1)']:
    try:
        eval(call)
    except TypeError as e:
        print(e)
a, *rest = [1, 2, 3]; *init, last = 'abcd'; x, (y, z) = 1, (2, 3); first, *_, end = range(10)
print(a, rest, init, last, x, y, z, first, end)
try:
    p, q = [1, 2, 3]
except ValueError as e: print(e)
try:
    p, q, r = [1, 2]
except ValueError as e: print(e)
try:
    p, *q, r = [1]
except ValueError as e: print(e)
i = j = k = 0; i += 1; print(i, j, k)
n = 10
while n > 0:
    n -= 3
    if n == 4: continue
else:
    print('while else', n)
for v in range(3):
    if v == 5: break
else:
    print('for else')
print((lambda *a, **k: (a, k))(1, x=2), (walrus := 5) + 1, walrus, [y for x in range(5) if (y := x * x) > 4])
print(type(None).__name__, type(...).__name__, type(NotImplemented).__name__, None is None, ... is Ellipsis)
print(isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int), type(1) is int, type(True) == bool)
print(id(1) == id(1), hash('a') == hash('a'), callable(len), callable(1), getattr(1, 'real'), hasattr([], 'append'))
x = 5
print(-x ** 2, (-x) ** 2, 2 ** 3 ** 2, not x == 5, x if x > 3 else -x, 1 and 2, 0 or '', None or 0 or [], 3 > 2 > 1, 1 < 3 > 2, 'a' in 'abc', 5 not in [1])
print(bool([]), bool([0]), bool(''), bool(' '), bool(0.0), bool(-1), bool(None), bool(range(0)), bool({}))
print(list(range(10, 0, -3)), range(5)[-1], len(range(0, 100, 7)), 7 in range(0, 10, 7), range(3) == range(0, 3), list(range(-5)))
print(chr(97), ord('a'), bin(10), int('1010', 2), hex(0), oct(0), abs(-0.0), pow(2, 10), pow(2.0, -1), divmod(10, 3), max([], default='empty'), min(3, 1, key=lambda v: -v))
try:
    max([])
except ValueError as e: print(e)
print(repr(1.0), repr(1e100), repr(-1.5e-7), 1.0 == 1, 0.1 * 3, round(0.1 * 3, 15), 1e1000 if False else float('1e1000'), float('-inf') < -1e308)
print(*range(3), sep=', ', end=' |\n')
print('a', 'b', sep='')
print()
print('end', flush=True)
sys.stdout.write('direct\n')
print(file=sys.stderr) if False else None
