# error
def f(xs):
    return [i := 0 for i in xs]
