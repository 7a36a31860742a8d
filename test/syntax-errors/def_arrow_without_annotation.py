# return annotation missing
def f(a) -> :
    pass
