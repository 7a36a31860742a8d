# error
def f(a):
    global a
