def f(xs, ys):
    a = [x * y for x in xs for y in ys if x]
    b = {k: v for k, v in xs}
    c = {x for x in ys}
    d = (x + w for x in xs)
    w = 1
    return [[i for i in range(j)] for j in xs]
top = [t for t in range(3)]
