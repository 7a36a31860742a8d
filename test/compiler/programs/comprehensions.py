a = [x for x in y]
b = {x for x in y if x}
c = {k: v for k, v in items}
d = (x * 2 for x in y)
e = [x + z for x in y for z in w if x if z]
f = [[j for j in range(i)] for i in range(3)]
g = [y for x in data for y in [x]]
def func(xs, n):
    return [x * n for x in xs if x > n]
def walrus(xs):
    if any((found := x) > 3 for x in xs):
        return found
def closures(xs):
    fs = [lambda: x for x in xs]
    return fs
h = [x for x in (1, 2, 3)]
