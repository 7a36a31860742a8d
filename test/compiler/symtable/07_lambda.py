def f(n):
    k = lambda x, y=n: x + y + n
    return lambda *a, **kw: (a, kw, k)
sq = lambda v: v * v
