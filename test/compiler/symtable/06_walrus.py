def f(xs):
    if any((last := x) > 2 for x in xs):
        return last
    return [y := v for v in xs], y
def g(xs):
    global found
    [found := x for x in xs]
[mod := i for i in range(3)]
lam = lambda: [inner := 1 for _ in ()]
