def outer(a):
    b = 1
    def inner(c):
        d = a + c
        def innermost():
            return b + d + c
        return innermost
    return inner
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
