def plain(a, b):
    return a + b
def defaults(a, b=1, c=(1, 2), *, d, e=3):
    return a
def varargs(*args, **kwargs):
    return args, kwargs
def posonly(a, b, /, c):
    pass
def annotated(a: int, *b: str, c: float = 1.0, **d: bool) -> None:
    pass
def docstring():
    "doc"
    return 1
def closure(x):
    y = 2
    def inner(z):
        return x + y + z
    return inner
def cell_arg(a):
    return lambda: a
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
def gen(n):
    for i in range(n):
        yield i
    x = yield
    return x
@decorator
@other(1)
def decorated():
    pass
def nested():
    def level1():
        def level2():
            return 1
        return level2
    return level1
def deleter(x):
    del x
def empty():
    pass
def returns_none():
    return
def returns_const():
    return 42
def returns_multiline():
    return (
        1 +
        x)
def early(x):
    if x:
        return 1
    return 2
def globals_and_builtins():
    print(len(x))
    return y
