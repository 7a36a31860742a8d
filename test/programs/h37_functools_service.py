# A small service layer on functools: reduce, partial (repr, args, keywords, nesting),
# wraps (__name__, __doc__, __wrapped__, __qualname__), lru_cache (cache_info,
# cache_clear, maxsize, typed), total_ordering, cached_property, singledispatch, cmp_to_key.
import functools
from functools import reduce, partial, wraps, lru_cache, total_ordering, cached_property

print(reduce(lambda a, b: a * b, range(1, 7)), reduce(lambda a, b: a + b, [], 10))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)


def request(method, url, *, timeout=10, retries=0):
    return f"{method} {url} t={timeout} r={retries}"


get = partial(request, "GET", timeout=5)
print(get("/a"), get("/b", retries=2), get("/c", timeout=1))
print(get.func is request, get.args, get.keywords)
print(repr(get).replace(hex(id(request)), "ADDR").split(" at ")[0])
get2 = partial(get, "/nested", retries=9)
print(get2(), get2.args, get2.func is request)
try:
    partial()
except TypeError as e:
    print("TypeError:", e)


def logged(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


calls = []


@logged
def area(w, h):
    """Area of a rectangle."""
    return w * h


print(area(3, 4), area.__name__, area.__doc__, area.__wrapped__.__name__, area.__qualname__, calls)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())


@lru_cache(maxsize=2)
def square(x):
    return x * x


for v in [1, 2, 1, 3, 2, 1]:
    square(v)
print(square.cache_info(), square.__wrapped__(7))


@lru_cache
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind.cache_info().currsize)


@lru_cache(typed=True)
def tkind(x):
    return type(x).__name__


print(tkind(1), tkind(1.0), tkind.cache_info().currsize)


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.2"), Version("2.0") > Version("1.99"), Version("1.0") <= Version("0.1"))


class Report:
    def __init__(self, rows):
        self.rows = rows
        self.computed = 0

    @cached_property
    def total(self):
        self.computed += 1
        return sum(self.rows)


r = Report([1, 2, 3])
print(r.total, r.total, r.computed, "total" in vars(r))
del r.total
print(r.total, r.computed)

if hasattr(functools, "singledispatch"):
    @functools.singledispatch
    def describe(x):
        return "thing"

    @describe.register
    def _(x: int):
        return "int"

    @describe.register(list)
    def _(x):
        return "list of %d" % len(x)

    print(describe(1), describe([1, 2]), describe("s"), describe(True))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
