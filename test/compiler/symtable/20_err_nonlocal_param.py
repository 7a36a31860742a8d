# error
def f(a):
    def g(a):
        nonlocal a
