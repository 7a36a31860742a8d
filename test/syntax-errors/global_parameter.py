# global parameter
def f(a):
    global a
