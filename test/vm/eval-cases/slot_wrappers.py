# Built-in dunders as attributes (slot wrappers), subclasses of built-in types, throw()
# into a `yield from` delegate, and the small built-in gaps fixed with them.
print((5).__add__(3), (5).__radd__(3), (5).__add__(1.0), 2 .__rtruediv__(1), (17).__divmod__(5))
print(int.__add__(2, 3), [1, 2].__len__(), list.__len__([1]), (1.5).__neg__(), int.__repr__(5))
print("a".__eq__("a"), (1).__eq__(1.0), {1: 2}.__getitem__(1), [3].__contains__(3))


class MyInt(int):
    pass


m = MyInt(7)
print(m, m + 1, type(m).__name__, m == 7, hash(m) == hash(7), {m: 1}[7])


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def shout(self):
        return self + "!"


u = Upper("hi")
print(u, u.shout(), len(u), type(u).__name__, isinstance(u, str))


class L(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

    def __len__(self):
        return super().__len__() + 100

    def __getitem__(self, i):
        return super().__getitem__(i) * 2


l = L([1, 2], "t")
print(len(l), l[1], l, l.tag, type(l).__name__)


class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)


d = D(a=1)
d["b"] = 2
print(d, D.fromkeys("xy", 0), type(D.fromkeys("x", 1)).__name__, dict.fromkeys([1]))


def inner():
    try:
        yield 1
        yield 2
    except KeyError:
        print("inner caught")
        yield 3
    return "done"


def outer():
    r = yield from inner()
    print("outer got", r)
    yield 4


g = outer()
print(next(g), g.throw(KeyError("k")), next(g))
g.close()
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))), slice(1, 2) == slice(1, 2), slice(None).indices(3))
print(len("\U0001F600"), ascii("\U0001F600"), float.fromhex("0x1.8p1"), (0.5).hex(), (0.1).as_integer_ratio())
print(list(iter([1, 2, 3].pop, 1)), range(2, 20, 3).index(8), (1, 2, 3, 2).index(2, 2))
try:
    a, b = 5
except TypeError as e:
    print(e)
