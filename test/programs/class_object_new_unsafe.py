# object.__new__(C) refuses a class whose instances need a built-in constructor, naming
# the nearest class that does not define __new__ in Python (CPython's tp_new_wrapper).
class Plain:
    pass


print(type(object.__new__(Plain)).__name__)
for t in (int, list, dict, ValueError, str):
    try:
        object.__new__(t)
    except TypeError as e:
        print(e)


class L(list):
    def __new__(cls):
        return object.__new__(cls)


class L2(L):
    pass


for c in (L, L2):
    try:
        c()
    except TypeError as e:
        print(e)


class MyErr(Exception):
    pass


try:
    object.__new__(MyErr)
except TypeError as e:
    print(e)


class Good(list):
    def __new__(cls, *args):
        self = list.__new__(cls)
        self.tag = "ok"
        return self


g = Good()
g.append(1)
print(g, g.tag)
