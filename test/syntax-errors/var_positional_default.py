# var positional default
def f(*a=1):
    pass
