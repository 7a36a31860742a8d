def inner():
    yield 1 / 0
def outer():
    yield from inner()
list(outer())
