# gilvm-nogil: --workers 2
# functools tour: reduce, partial, wraps, lru_cache/cache and cache_info, total_ordering, cmp_to_key, cached_property, singledispatch.
import functools
from functools import reduce, partial, wraps, lru_cache, total_ordering, cmp_to_key, cache
import operator
print(reduce(operator.add, [1,2,3]), reduce(lambda a, b: a*b, [1,2,3,4], 10), reduce(operator.add, [], 7))
try: reduce(operator.add, [])
except TypeError as e: print(e)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = partial(f, 1, d=9); print(p(2), p(2, 5), p.func is f, p.args, p.keywords)
print(repr(partial(int, base=2)), partial(int, base=2)('101'))
pp = partial(p, 7); print(pp(), pp.args)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner
@deco
def hello(x):
    """Say hello."""
    return 'hi ' + x
print(hello('bob'), hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello.__qualname__)
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(50), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x): print('computing', x); return x*x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info())
@lru_cache
def ident(x): return x
print(ident(3), ident.cache_info())
@cache
def tw(x): return 2*x
print(tw(4), tw(4), tw.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(1))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(a) - len(b))))
print(functools.reduce(max, [3, 9, 2]))
@lru_cache(maxsize=128, typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
class C:
    @functools.cached_property
    def val(self):
        print('once'); return 42
c = C(); print(c.val, c.val)
print(partial(max, key=len)(['a', 'bbb', 'cc']))
@functools.singledispatch
def show(x): return 'obj'
@show.register
def _(x: int): return 'int'
@show.register(list)
def _(x): return 'list'
print(show(1), show([1]), show('s'))
try:
    @total_ordering
    class W: pass
except ValueError as e: print(e)
print(functools.update_wrapper(lambda: 0, hello).__name__)
