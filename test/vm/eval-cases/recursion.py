def g():
    g()
g()
