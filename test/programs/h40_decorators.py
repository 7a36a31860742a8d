import functools
import time

def trace(prefix="->"):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            parts = [repr(a) for a in args] + [f"{k}={v!r}" for k, v in kwargs.items()]
            print(f"{prefix} {fn.__name__}({', '.join(parts)})")
            result = fn(*args, **kwargs)
            print(f"{prefix} {fn.__name__} returned {result!r}")
            return result
        wrapper.calls = 0
        return wrapper
    return deco

def counted(fn):
    count = 0
    @functools.wraps(fn)
    def inner(*a, **k):
        nonlocal count
        count += 1
        inner.count = count
        return fn(*a, **k)
    inner.count = 0
    return inner

@trace()
def add(a, b=2, *, scale=1):
    """Add two numbers."""
    return (a + b) * scale

@counted
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

add(1)
add(3, 4, scale=10)
print(add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
print(fib(30), fib.count, fib.__wrapped__.cache_info())
fib.__wrapped__.cache_clear()
print(fib.__wrapped__.cache_info().currsize, fib.__wrapped__.__wrapped__.__name__)

@functools.lru_cache(maxsize=2)
def square(x):
    print("  computing", x)
    return x * x
for x in (1, 2, 1, 3, 2, 1):
    square(x)
print(square.cache_info())

power = functools.partial(pow, 2)
cube = functools.partial(pow, exp=3)
print(power(10), cube(3), power.func is pow, power.args, cube.keywords)
def greet(greeting, name, punct="!"):
    return f"{greeting}, {name}{punct}"
hi = functools.partial(greet, "Hi", punct="?")
print(hi("Ann"), hi(name="Bob"), functools.partial(hi, "Cy")())
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [3, 9, 2], 0))

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()], [m(10) for m in make_late()])

def memo_method(fn):
    cache = {}
    def wrapper(self, n):
        key = (id(self), n)
        if key not in cache:
            cache[key] = fn(self, n)
        return cache[key]
    return wrapper

class Calc:
    @memo_method
    def slow_double(self, n):
        print("  doubling", n)
        return 2 * n
    @staticmethod
    @trace("::")
    def helper(x):
        return x + 1
    @classmethod
    def build(cls):
        return cls()
c = Calc.build()
print(c.slow_double(4), c.slow_double(4), Calc.helper(1), c.helper(2))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(map(int, s.split(".")))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), Version("1.0") >= Version("0.9"), Version("2.0") <= Version("1.9"), max(vs))
print(add(b=1))
