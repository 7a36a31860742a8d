g = 0
def f():
    global g, h
    g = 1
    h = 2
    return k
def outer():
    x = 1
    def inner():
        global x
        return x
    return inner
