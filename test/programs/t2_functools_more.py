# Tier 2: functools beyond the basics: partial, lru_cache bookkeeping, wraps,
# total_ordering from each root, cmp_to_key, cache, cached_property, singledispatch.
import functools
from functools import partial, reduce, lru_cache, wraps, total_ordering, cmp_to_key, cache


def power(base, exp, *, mod=None):
    return pow(base, exp, mod)


square = partial(power, exp=2)
cube_mod = partial(power, exp=3, mod=10)
print(square(7), cube_mod(3), square.func is power, square.keywords, partial(partial(power, 2), 5)())
p2 = partial(partial(power, 2), mod=7)
print(p2.args, p2.keywords, p2(10), square(4, exp=3))
print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)

calls = []


@lru_cache(maxsize=2)
def slow(x):
    calls.append(x)
    return x * 10


for x in (1, 2, 1, 3, 2, 1, 1):
    slow(x)
print(calls, slow.cache_info(), slow.cache_parameters())
slow.cache_clear()
print(slow.cache_info(), slow(5), slow.__name__, slow.__wrapped__(6))


@lru_cache
def plain(a, b=1):
    return a + b


print(plain(1), plain(1), plain(1, b=1), plain(a=1), plain.cache_info())


@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(80), ways.cache_info().currsize)


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)


def logged(func):
    @wraps(func)
    def inner(*args, **kwargs):
        """inner doc"""
        return ("logged", func(*args, **kwargs))
    return inner


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


add.extra = 1
print(add(1, 2), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)


@total_ordering
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __eq__(self, other):
        return self.cents == other.cents

    def __gt__(self, other):
        return self.cents > other.cents


a, b = Money(1), Money(2)
print(a < b, a <= b, a >= b, b >= a, a <= Money(1), sorted([b, a])[0].cents)


@total_ordering
class ByLe:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v


print(ByLe(1) < ByLe(2), ByLe(2) > ByLe(1), ByLe(2) >= ByLe(2), ByLe(3) < ByLe(3))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)


def compare_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


print(sorted(["ccc", "a", "bb", "aa", "b"], key=cmp_to_key(compare_len_then_alpha)))
print(max(["ccc", "a", "bb"], key=cmp_to_key(compare_len_then_alpha)))


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


ci = Circle(2)
print(ci.area, ci.area, ci.computed, "area" in vars(ci))
del ci.area
print(ci.area, ci.computed)


@functools.singledispatch
def describe(x):
    return "thing"


@describe.register(int)
def _(x):
    return "int " + str(x)


@describe.register(list)
def _(x):
    return "list of " + str(len(x))


print(describe(3), describe(True), describe([1, 2]), describe("s"), describe.dispatch(bool).__name__)


class Cell:
    def __init__(self):
        self.v = 0

    def set(self, v):
        self.v = v

    set_one = functools.partialmethod(set, 1)


cell = Cell()
cell.set_one()
print(cell.v)
print(repr(add).split(" at ")[0], sorted(add.__dict__), add.__module__)


class Holder:
    @functools.lru_cache(maxsize=None)
    def method(self, x):
        return x + 1


print(Holder().method(1), Holder.method.__qualname__, Holder.method.cache_info().misses)
