def f():
    return None
x = f() + f()
