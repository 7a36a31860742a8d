# hash/id consistency rules, printed only as booleans: equal objects hash equal,
# identity is stable, small values and interned strings are not relied upon.
a = "hello world"
b = "hello " + "world"[0:5]
print(a == b, hash(a) == hash(b))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(type(hash("x")).__name__, type(hash(3.5)).__name__, hash(None) == hash(None))
print(hash(10 ** 30) == hash(10 ** 30), hash(2.5) == hash(2.5), hash(-3) == -3)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


p1, p2 = Point(1, 2), Point(1, 2)
print(p1 == p2, p1 is p2, hash(p1) == hash(p2), len({p1, p2}), {p1: "v"}[p2])


class Ident:
    pass


i1, i2 = Ident(), Ident()
print(i1 == i2, hash(i1) == hash(i1), hash(i1) != hash(i2))
print(id(i1) == id(i1), id(i1) != id(i2), isinstance(id(i1), int))
lst = [1]
before = id(lst)
lst.append(2)
lst += [3]
print(id(lst) == before)
t = (1,)
t_before = id(t)
t += (2,)
print(id(t) == t_before)


def f():
    return []


print(f() is not f(), id(f) == id(f))
m1 = i1.__init__
m2 = i1.__init__
print(m1 == m2, hash(m1) == hash(m2))
keys = {}
for obj in (1, 1.0, True):
    keys[obj] = type(obj).__name__
print(keys)
x = 300
y = 299 + 1
print(x == y, hash(x) == hash(y))
