def f(a):
    b: int
    c: int = 1
    (d): int = 2
    a.x: int = 3
    del a
    return c
class C:
    t: list
