# the same parameter name twice
def f(x, y, x):
    return x
