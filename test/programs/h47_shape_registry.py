# gilvm-nogil: --workers 2
"""A plugin-style shape registry: class hierarchies and the object model."""
import math
from abc import ABC, abstractmethod


class Positive:
    """A validating descriptor using __set_name__."""

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{self.public} must be a positive number, got {value!r}")
        setattr(obj, self.private, value)


class Shape(ABC):
    registry = {}
    sides = 0

    def __init_subclass__(cls, /, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if key is not None:
            Shape.registry[key] = cls
        cls.created = 0

    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        cls.created += 1
        return obj

    @abstractmethod
    def area(self):
        ...

    @property
    def perimeter(self):
        raise NotImplementedError(type(self).__name__ + ".perimeter")

    @classmethod
    def make(cls, key, *args):
        try:
            return cls.registry[key](*args)
        except KeyError:
            raise LookupError(f"no shape called {key!r}") from None

    def __repr__(self):
        attrs = ", ".join(f"{k.lstrip('_')}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__qualname__}({attrs})"

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return vars(self) == vars(other)

    __hash__ = None


class Circle(Shape, key="circle"):
    r = Positive()

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    @property
    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape, key="rect"):
    w = Positive()
    h = Positive()
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    @property
    def perimeter(self):
        return 2 * (self.w + self.h)

    def scaled(self, k):
        return type(self)(*(v * k for v in (self.w, self.h)))


class Square(Rect, key="square"):
    def __init__(self, side):
        super().__init__(side, side)

    def scaled(self, k):
        return Square(self.w * k)

    def __repr__(self):
        return f"Square({self.w})"


class Triangle(Shape, key="tri"):
    sides = 3

    def __init__(self, a, b, c):
        if not (a + b > c and a + c > b and b + c > a):
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


class Blob(Shape):
    pass


shapes = [Shape.make("circle", 1.5), Shape.make("rect", 3, 4), Shape.make("square", 2),
          Shape.make("tri", 3, 4, 5), Rect(1, 10).scaled(0.5), Square(3).scaled(2)]
for s in sorted(shapes):
    try:
        per = f"{s.perimeter:.3f}"
    except NotImplementedError as e:
        per = f"n/a ({e})"
    print(f"{s!r:<28} area={s.area():8.3f} perim={per} sides={s.sides}")
print(sorted(Shape.registry), Circle.created, Rect.created, Square.created, Shape.sides)
print(isinstance(shapes[2], Rect), issubclass(Square, Shape), Square.__mro__[1].__name__, Square.__bases__)
print(Rect(2, 3) == Rect(2, 3), Rect(2, 3) == Square(2), Square(2) == Rect(2, 2), Rect(2, 3) != Rect(3, 2))
print(max(shapes).__class__.__name__, min(shapes, key=lambda s: s.perimeter if s.sides != 3 else 0))
try:
    hash(Circle(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Blob()
except TypeError as e:
    print("TypeError:", e)
try:
    Shape.make("hexagon")
except LookupError as e:
    print(type(e).__name__, e, e.__cause__, e.__suppress_context__)
for args in [("circle", -1), ("rect", 2, "3"), ("tri", 1, 2, 10), ("rect", 1)]:
    try:
        Shape.make(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(type(Circle.__dict__["r"]).__name__, Circle.r.public, Rect.h.private, vars(Square(5)))
print(Circle.area.__qualname__, Shape.perimeter.fget.__name__, Square.scaled.__qualname__)
try:
    Circle(2) < 5
except TypeError as e:
    print("TypeError:", e)
print(Shape.__abstractmethods__, hasattr(Circle, "__abstractmethods__") and Circle.__abstractmethods__)
c = Circle(2)
c.r = 3
del c._r
try:
    c.r
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "r", "gone"), [k for k in vars(Rect) if not k.startswith("_")])
