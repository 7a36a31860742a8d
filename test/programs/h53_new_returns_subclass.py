# __new__ returning an instance of a subclass: that subclass's __init__ runs (CPython's
# type_call calls type(obj).__init__); an instance of an unrelated class skips __init__
class Base:
    def __new__(cls, *a):
        return object.__new__(Child if a and a[0] == "child" else cls)
    def __init__(self, *a):
        print("Base.__init__", type(self).__name__, a)
class Child(Base):
    def __init__(self, *a):
        print("Child.__init__", a)
print(type(Base("child")).__name__, type(Base("x")).__name__, type(Child()).__name__)
class Shape:
    registry = {}
    def __init_subclass__(cls, **kw):
        Shape.registry[cls.__name__.lower()] = cls
    def __new__(cls, kind=None, *args):
        if cls is Shape and kind is not None:
            return super().__new__(Shape.registry[kind])
        return super().__new__(cls)
class Circle(Shape):
    def __init__(self, kind=None, r=1):
        self.r = r
    def __repr__(self): return f"Circle({self.r})"
print(Shape("circle", 3), Circle(None, 2))
class Other: pass
class Odd:
    def __new__(cls): return Other()
    def __init__(self): print("never")
print(type(Odd()).__name__)
