def f(*a, *):
    pass
