# assign to yield
def f():
    x = yield = 1
