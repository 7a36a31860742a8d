# __slots__: only the declared names may be set; no __dict__ on instances
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
p.x = 10
print(p, p.x + p.y)
for bad in ("z", "__dict__"):
    try:
        setattr(p, bad, 3)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    print(p.__dict__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)
print(hasattr(p, "__dict__"), hasattr(p, "x"))


class Point3(Point):
    __slots__ = ("z",)


q = Point3(1, 2)
q.z = 3
print(q, q.z)
try:
    q.w = 1
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


r = Loose(1, 2)
r.w = 5
print(r.w, r.x)


class Single:
    __slots__ = "only"


s = Single()
s.only = 1
print(s.only)
del s.only
try:
    print(s.only)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b)


class Vec:
    __slots__ = ["x", "y"]

    def __init__(self, x, y):
        self.x, self.y = x, y

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v.norm2)
try:
    v.norm2 = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    v.label = "a"
except AttributeError as e:
    print("AttributeError:", e)
