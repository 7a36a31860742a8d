# Conditional expressions and lambdas with every parameter kind.
def sign(x):
    return "neg" if x < 0 else "zero" if x == 0 else "pos"


print([sign(x) for x in (-2, 0, 3)])
add = lambda a, b: a + b
defaults = lambda a, b=10, *rest, c, d=4, **kw: (a, b, rest, c, d, sorted(kw.items()))
posonly = lambda x, /, y, *, z: (x, y, z)
noargs = lambda: "nothing"
star_only = lambda *args: args
kw_only = lambda **kw: kw
print(add(2, 3), add("a", "b"), noargs())
print(defaults(1, c=3))
print(defaults(1, 2, 3, 4, c=5, d=6, e=7, f=8))
print(posonly(1, 2, z=3), posonly(1, y=2, z=3))
print(star_only(), star_only(1, 2), kw_only(a=1, b=2))
try:
    posonly(x=1, y=2, z=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    defaults(1)
except TypeError as e:
    print(type(e).__name__, e)
print((lambda x: (lambda y: x * y))(6)(7))
adders = [lambda n, k=k: n + k for k in range(3)]
late = [lambda n: n + k for k in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
print(sorted(["banana", "Apple", "cherry"], key=lambda s: s.lower()))
print(sorted([(1, "b"), (2, "a"), (1, "a")], key=lambda p: (-p[0], p[1])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])))
print(list(filter(lambda x: x % 2, range(10))))
f = lambda: None
print(f.__name__, f() is None, (lambda *a, **k: len(a) + len(k))(1, 2, x=3))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
print((lambda a, b=2, /, c=3: a + b + c)(1), (lambda a, b=2, /, c=3: a + b + c)(1, 1, c=1))
