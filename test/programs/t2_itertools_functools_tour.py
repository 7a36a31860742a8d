# Every itertools function (3.11: no batched) and functools: reduce, partial reprs,
# wraps, lru_cache / cache info, total_ordering, cached_property, singledispatch.
import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([], initial=0)))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 4, 1, 5, 9, 2, 6]), key=lambda x: x % 2)])
print(list(it.product('ab', repeat=2)), list(it.product([1, 2], 'x')), list(it.product()))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations('abcd', 2)), list(it.combinations_with_replacement('abc', 2)))
print(list(it.islice(it.count(), 5)), list(it.islice('abcdefg', 2, None, 2)), list(it.islice(range(10), 3, 8)))
print(list(it.islice(it.count(10, 2.5), 3)), list(it.islice(it.cycle('ab'), 5)), list(it.repeat('x', 3)))
a, b = it.tee(iter([1, 2, 3]))
print(list(a), list(b), len(it.tee([1], 3)))
print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.zip_longest()))
print(list(it.pairwise('abcd')), list(it.pairwise([1])))
print(list(it.chain([1], (2, 3), 'ab')), list(it.chain.from_iterable([[1], [2, 3]])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 4, 1])))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(next(it.count()), list(map(operator.add, it.repeat(1), [1, 2])))
try:
    it.islice([], -1)
except ValueError as e:
    print("VE", e)
try:
    list(it.permutations([1], -1))
except ValueError as e:
    print("VE", e)
try:
    it.batched
except AttributeError as e:
    print("AE", e)
print(list(it.product(range(2), repeat=0)), list(it.combinations([], 0)), list(it.combinations([1], 2)))
g = it.groupby([1, 1, 2])
k, grp = next(g)
next(g)
print(k, list(grp))
print(type(it.count()).__name__, repr(it.count(5)), repr(it.count(1, 2)), repr(it.repeat(1, 2)))

import functools
from functools import reduce, partial, wraps, lru_cache, cache, total_ordering, cached_property, singledispatch, cmp_to_key
print(reduce(operator.add, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TE", e)
p = partial(int, base=2)
print(p('101'), p, p.func, p.args, p.keywords)
p2 = partial(pow, 2)
print(p2(5), repr(p2), partial(p2, 3)())
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        return f(*a, **k)
    return inner
@deco
def hello(x):
    "doc of hello"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
@lru_cache(maxsize=2)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(20), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info(), sq.__name__)
@cache
def cube(x): return x ** 3
print(cube(2), cube(2), cube.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), sorted([V(3), V(1)], key=lambda x: x.v)[0].v)
class C:
    def __init__(self): self.calls = 0
    @cached_property
    def val(self):
        self.calls += 1
        return 42
c = C(); print(c.val, c.val, c.calls, 'val' in vars(c))
@singledispatch
def show(x): return f"obj {x}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(functools.partial(print, sep='-')(1, 2))
pm = functools.partialmethod if hasattr(functools, 'partialmethod') else None
class Cell:
    def set(self, v): self.v = v
    set_one = functools.partialmethod(set, 1)
ce = Cell(); ce.set_one(); print(ce.v)
print(functools.reduce(lambda acc, x: acc + [x * 2], range(3), []))
