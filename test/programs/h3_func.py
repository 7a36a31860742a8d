# gilvm-nogil: --workers 2
# functions: introspection attributes (__name__, __qualname__, __defaults__, __kwdefaults__, __code__, __doc__, __dict__), bound/unbound methods, recursion limit error, keyword/positional binding errors, decorators preserving metadata, functools.partial/wraps.
import functools, sys
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    x = 1
    return a
print(f.__name__, f.__qualname__, f.__defaults__, f.__kwdefaults__, f.__doc__, f.__module__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name)
f.__name__ = "renamed"; f.attr = 5; print(f.__name__, f.attr, f.__dict__, f.__qualname__)
f.__defaults__ = (9,); print(f(1, c=0), f.__defaults__)
def g2(a, b=1, *, k=2): return a, b, k
g2.__defaults__ = (5,); g2.__kwdefaults__ = {"k": 7}; print(g2(0), g2.__defaults__, g2.__kwdefaults__)
g2.__defaults__ = None; g2.__kwdefaults__ = None; print(g2.__defaults__, g2.__kwdefaults__); t(lambda: g2(0)); t(lambda: g2(0, 1))
t(lambda: setattr(f, "__name__", 5)); t(lambda: setattr(f, "__defaults__", 5)); t(lambda: setattr(f, "__kwdefaults__", [])); t(lambda: setattr(f, "__qualname__", None)); t(lambda: f.nope); t(lambda: f())
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__, outer().__name__, (lambda: 0).__name__, (lambda: 0).__qualname__)
class K:
    def m(self, x): return (self.__class__.__name__, x)
    def __repr__(self): return "K()"
k = K()
bm = k.m
print(bm(1), K.m(k, 2), bm.__self__, bm.__func__ is K.m, bm.__name__, bm.__qualname__, type(bm).__name__, bm == k.m, bm is k.m, K.m.__qualname__)
t(lambda: K.m(1)); t(lambda: K.m()); t(lambda: k.m()); t(lambda: k.m(1, 2)); t(lambda: k.m(x=1, y=2)); t(lambda: K().m(self=1))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **kw):
        "wrapper doc"
        return ("wrapped", fn(*a, **kw))
    return wrapper
@deco
def target(v):
    "target doc"
    return v
print(target(3), target.__name__, target.__doc__, target.__wrapped__.__name__, target.__qualname__)
p = functools.partial(f, 1, c=5)
print(p(), p.func.__name__, p.args, p.keywords, functools.partial(pow, 2)(10), functools.partial(max, key=len)(["a", "bbb", "cc"]))
def rec(n): return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)
print(sys.getrecursionlimit() >= 1000)
def varargs(*a, **k): return a, k
print(varargs(), varargs(1, *[2, 3], x=1, **{"y": 2}), varargs(*"ab", *range(2)), varargs(**{}))
def defaults_mut(x, cache={}):
    cache[x] = cache.get(x, 0) + 1
    return dict(cache)
print(defaults_mut(1), defaults_mut(1), defaults_mut(2))
def annotated(a: int, b: "str" = "x") -> list: return [a, b]
print(annotated.__annotations__, annotated(1))
def kwonly_defaults(*, a=1, b): return a, b
print(kwonly_defaults.__kwdefaults__, kwonly_defaults(b=2)); t(lambda: kwonly_defaults())
def many(a, b, c, d): pass
t(lambda: many(1)); t(lambda: many(1, 2, 3, 4, 5)); t(lambda: many(1, 2, 3, e=4)); t(lambda: many(1, 2, c=3)); t(lambda: many(1, 2, 3, 4, a=1))
def noargs(): pass
t(lambda: noargs(1)); t(lambda: noargs(a=1)); t(lambda: (lambda x: x)()); t(lambda: len(x=1)); t(lambda: print(*[1], sep="", **{"end": "\n"}))
def gen_fn(): yield 1
print(type(gen_fn).__name__, type(gen_fn()).__name__, gen_fn.__code__.co_flags & 0x20 != 0, callable(gen_fn))
print(type(len).__name__, len.__name__, type([].append).__name__, [].append.__name__, type(K.m).__name__, type(k.m).__name__, type(lambda: 0).__name__)
print(type(staticmethod(len)).__name__, type(classmethod(len)).__name__, staticmethod(len)([1]), isinstance(f, type(outer)))
def closure_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1, c2 = closure_counter(), closure_counter(); c1(); c1(); print(c1(), c2(), c1.__code__.co_freevars, len(c1.__closure__))
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(lambda x: x + 1, lambda x: x * 2, str)(3))
memo = {}
def fib(n):
    if n in memo: return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), functools.lru_cache(maxsize=None)(lambda n: n * 2)(4))
