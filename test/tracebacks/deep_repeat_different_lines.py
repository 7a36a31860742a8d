def f(n):
    if n > 10:
        return g(n)
    return f(n + 1)
def g(n):
    return 1 / 0
f(0)
