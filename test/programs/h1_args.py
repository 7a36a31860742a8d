def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5, z=9))
print(f(*[1, 2, 3, 4, 5, 6], e=0, **{"f": 1, "g": 2}))
tests = [
    "f(1, 2, e=5)",
    "f(1, b=2, c=3, e=5)",
    "f(1, 2, 3)",
    "f(1, 2, 3, e=1, e=2)" ,
    "f(1, 2, 3, c=3, e=1)",
    "f(1, 2, 3, e=1, **{'e': 2})",
    "f()",
]
for t in tests:
    try:
        print(eval(t))
    except (TypeError, SyntaxError) as ex:
        print(type(ex).__name__, ex)
def g(x, y=2): return x + y
def h(*, k): return k
def only_pos(a, /): return a
def kw_only(a, *, b): return a, b
for call in [lambda: g(), lambda: g(1, 2, 3), lambda: g(1, z=3), lambda: h(1), lambda: h(),
             lambda: only_pos(a=1), lambda: kw_only(1, 2), lambda: g(1, x=1), lambda: (lambda: 0)(1),
             lambda: (lambda *a, **k: (a, k))(1, x=2), lambda: g(*5), lambda: g(**[1]), lambda: g(**{1: 2}),
             lambda: len(), lambda: len(1, 2), lambda: isinstance(1), lambda: int("1", "2", "3"), lambda: sorted([1], key=None, foo=1),
             lambda: print(sep=1), lambda: "x".join(1), lambda: "x".join([1]), lambda: [].index(), lambda: abs(),
             lambda: divmod(1), lambda: max(), lambda: max([]), lambda: min([], default=3), lambda: sum([[1]]), lambda: sum(["a"], ""),
             lambda: getattr(1), lambda: getattr(1, 2), lambda: setattr(1, "a"), lambda: range(), lambda: range(1.5), lambda: chr(-1), lambda: ord("ab"),
             lambda: object(1), lambda: dict(1), lambda: dict([1]), lambda: dict([(1,)]), lambda: list(1, 2), lambda: tuple(5), lambda: set(1)]:
    try:
        print(call())
    except Exception as ex:
        print(type(ex).__name__ + ":", ex)
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"<{tag}>{fn(*a, **k)}</{tag}>"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(name="world"):
    """doc"""
    return "hello " + name
print(hello(), hello("x"), hello.__name__, hello.__doc__)
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults.__defaults__, g.__defaults__, h.__kwdefaults__)
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get(): return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, inc.__code__.co_name, inc.__qualname__)
fns = [lambda: i for i in range(3)]
print([fn() for fn in fns], [(lambda j=i: j)() for i in range(3)])
G = 10
def use_global():
    global G
    G += 1
    return G
print(use_global(), G)
x = "outer"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
print([x for x in range(3)], x)
print({k: v for k, v in zip("ab", range(2))}, {c for c in "hello"} == set("helo"))
res = [y := 5, y ** 2]
print(res, y)
print([z for w in range(4) if (z := w * 2) > 2], z)
def walrus_in_comp():
    [(last := n) for n in range(5)]
    return last
print(walrus_in_comp())
class K:
    attr = 5
    vals = [attr for _ in range(2)] if False else None
    items = [i for i in range(3)]
print(K.items)
print((lambda a, b=2, *c, d, **e: (a, b, c, d, e))(1, d=4))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount, f.__name__)
def ann(a: int, b: "str" = "x") -> list: pass
print(ann.__annotations__)
print(*[1, 2], *"ab", sep="-", end="!\n")
print({**{"a": 1}, "b": 2, **{"a": 3}}, [*range(2), *(3, 4)], (*"xy",), {*[1, 2], *[2, 3]})
