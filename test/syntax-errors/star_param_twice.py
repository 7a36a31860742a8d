# starred parameter twice
def f(*a, *b):
    pass
