# gilvm-nogil: --workers 2
# Closures and decorators: class-based decorators with __call__ (memoize, call counting,
# tracing), decorator factories, functools.wraps, and recursion through them deeper than a
# few hundred levels (a DP over a long chain).
import functools


class Memoize:
    """Caches results by argument tuple; works on functions and, through __get__, methods."""

    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.cache = {}
        self.hits = 0

    def __call__(self, *args):
        if args in self.cache:
            self.hits += 1
            return self.cache[args]
        result = self.cache[args] = self.func(*args)
        return result

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)

    def __repr__(self):
        return f"<Memoize {self.__name__}: {len(self.cache)} cached, {self.hits} hits>"


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return self.func(*args, **kwargs)


def trace(prefix=">>"):
    def decorate(func):
        depth = 0

        @functools.wraps(func)
        def wrapper(*args):
            nonlocal depth
            print(f"{prefix}{'  ' * depth}{func.__name__}{args}")
            depth += 1
            try:
                return func(*args)
            finally:
                depth -= 1
        return wrapper
    return decorate


@Memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@CountCalls
def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


@Memoize
def stairs(n):
    """Ways to climb n stairs taking 1, 2 or 3 steps."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)


@trace()
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


class Grid:
    def __init__(self, rows):
        self.rows = rows

    @Memoize
    def paths(self, r, c):
        if r < 0 or c < 0 or self.rows[r][c] == "#":
            return 0
        if r == 0 and c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)


print(fib(90), fib, fib.__name__, fib.__doc__)
print(fib(300) % 1_000_000_007, fib.hits)
print(count_down(300), count_down.calls, count_down.__name__)
print(stairs(250) % 10**12, stairs.__doc__.split(",")[0], len(stairs.cache))
print(gcd(1071, 462))
g = Grid(["....", ".#..", "...#", "#..."])
print(g.paths(3, 3), g.paths(2, 2), Grid.paths)


def chain_call(fn, n):
    """Calls fn through n nested instances of a callable wrapper."""
    class Wrapper:
        def __init__(self, inner):
            self.inner = inner

        def __call__(self, x):
            return self.inner(x) + 1
    for _ in range(n):
        fn = Wrapper(fn)
    return fn


deep = chain_call(lambda x: x * 2, 250)
print(deep(21), type(deep).__name__, callable(deep))

registry = {}


def register(name=None, *, aliases=()):
    def deco(func):
        for key in (name or func.__name__, *aliases):
            if key in registry:
                raise KeyError(f"duplicate command {key!r}")
            registry[key] = func
        return func
    return deco


@register(aliases=("h", "?"))
def help_cmd():
    return "commands: " + ", ".join(sorted(registry))


@register("quit", aliases=("q",))
def quit_cmd():
    return "bye"


print(registry["?"](), registry["q"](), sorted(k for k, v in registry.items() if v is help_cmd))
try:
    register("h")(lambda: None)
except KeyError as e:
    print("KeyError:", e)


def make_accumulators():
    totals = []
    for start in (0, 100):
        def acc(x, _total=[start]):
            _total[0] += x
            return _total[0]
        totals.append(acc)
    return totals


a, b = make_accumulators()
print(a(5), a(5), b(1), b(2), a.__defaults__, b.__code__.co_varnames)
adders = [lambda x, n=n: x + n for n in range(3)]
late = [lambda x: x + n for n in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
