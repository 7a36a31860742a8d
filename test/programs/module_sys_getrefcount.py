# sys.getrefcount counts the references CPython counts: names, containers, a callee's
# local, and the argument on the caller's stack itself
import sys

a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
l = [a, a]
print(sys.getrefcount(a))
del l
print(sys.getrefcount(a))


def f(x):
    return sys.getrefcount(x)


print(f(a))


class C:
    pass


c = C()
print(sys.getrefcount(c))
d = {"k": c}
t = (c,)
print(sys.getrefcount(c))
del d, t
print(sys.getrefcount(c), sys.getrefcount(object()), sys.getrefcount("a unique string " + str(42)))
