# nonlocal with no enclosing binding
def outer():
    def inner():
        nonlocal x
        x = 1
    return inner
