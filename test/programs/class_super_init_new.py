# super() in __init__ chains (cooperative multiple inheritance), __new__ vs
# __init__, immutable subclasses, super() in class methods and properties.
class Base:
    def __init__(self, **kwargs):
        print("Base.__init__ leftover", kwargs)
        super().__init__()


class Left(Base):
    def __init__(self, left=None, **kwargs):
        print("Left.__init__", left)
        super().__init__(**kwargs)


class Right(Base):
    def __init__(self, right=None, **kwargs):
        print("Right.__init__", right)
        super().__init__(**kwargs)


class Both(Left, Right):
    def __init__(self, **kwargs):
        print("Both.__init__")
        super().__init__(**kwargs)


Both(left=1, right=2, extra=3)
print([c.__name__ for c in Both.__mro__])


class Singleton:
    _instance = None

    def __new__(cls, *args):
        print("__new__ called with", args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, value):
        print("__init__ called with", value)
        self.value = value


s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.value)


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())


u = Upper("shout")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))


class Pos(int):
    def __new__(cls, value):
        if value < 0:
            raise ValueError("negative")
        return super().__new__(cls, value)

    def __repr__(self):
        return f"Pos({int(self)})"


print(Pos(5) + 1, repr(Pos(5)), Pos(3) * Pos(4))
try:
    Pos(-1)
except ValueError as e:
    print(type(e).__name__, e)


class NotInit:
    def __new__(cls):
        return 42                 # not an instance: __init__ is skipped

    def __init__(self):
        print("never printed")


print(NotInit())


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area()})"


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2


class Cube(Square):
    def area(self):
        return 6 * super().area()

    @classmethod
    def unit(cls):
        return cls(1)


print(Square(3), Cube(2), Cube.unit())


class Named:
    @property
    def label(self):
        return "named"


class Labeled(Named):
    @property
    def label(self):
        return super().label + "+labeled"


print(Labeled().label)


class Explicit(Square):
    def area(self):
        return super(Square, self).area() - 1


print(Explicit(5).area())
o = object.__new__(Square)
print(type(o).__name__, hasattr(o, "side"))
lst = list.__new__(list)
print(lst)


class ListWithLog(list):
    def append(self, item):
        print("appending", item)
        super().append(item)


lw = ListWithLog([1])
lw.append(2)
print(lw, len(lw), isinstance(lw, list))


class MyDict(dict):
    def __missing__(self, key):
        return f"<{key} missing>"


md = MyDict(a=1)
print(md["a"], md["b"], md)
