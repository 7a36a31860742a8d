# gilvm-nogil: --workers 2
# property combos: getter/setter/deleter, inheritance, overriding pieces
class Temperature:
    def __init__(self, celsius=0.0):
        self._c = celsius

    @property
    def celsius(self):
        """Temperature in C."""
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"below absolute zero: {v}")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, round(t.fahrenheit, 2))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
print(Temperature.celsius.__doc__)
print(type(Temperature.celsius).__name__)
print(Temperature.celsius.fget.__name__, Temperature.celsius.fset.__name__)

class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)

# property inheritance, extend getter only in subclass
class Base:
    def __init__(self):
        self._x = 1
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        self._x = v

class Child(Base):
    @Base.x.getter
    def x(self):
        return self._x * 10

c = Child()
c.x = 5
print(c.x, Base.x is Child.x, Child.x.fset is Base.x.fset)

class Child2(Base):
    @property
    def x(self):
        return "child2"
c2 = Child2()
try:
    c2.x = 3
except AttributeError as e:
    print("AttributeError:", e)

# property() function form
class Point:
    def __init__(self, x, y):
        self._x, self._y = x, y
    def get_x(self):
        return self._x
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, "the x")
    y = property(lambda self: self._y)
p = Point(1, 2)
p.x = 10
print(p.x, p.y, Point.x.__doc__)
try:
    p.y = 3
except AttributeError as e:
    print("AttributeError:", e)

# classmethod/staticmethod combos
class Counter:
    count = 0
    def __init__(self):
        type(self).count += 1
    @classmethod
    def created(cls):
        return cls.count
    @staticmethod
    def helper(a, b=2):
        return a * b
    @classmethod
    def from_many(cls, n):
        return [cls() for _ in range(n)]

class SubCounter(Counter):
    count = 100

Counter.from_many(3)
SubCounter.from_many(2)
print(Counter.created(), SubCounter.created(), Counter.count, SubCounter.count)
print(Counter.helper(3), Counter().helper(4, 5), SubCounter.helper(a=1))
print(type(Counter.__dict__["helper"]).__name__, type(Counter.__dict__["created"]).__name__)
sm = Counter.__dict__["helper"]
print(sm(7), callable(sm))
cm = Counter.__dict__["created"]
print(cm.__func__.__name__, cm.__get__(None, SubCounter)())
bound = Counter.created
print(bound.__self__ is Counter, bound.__func__ is cm.__func__)

# property with __set_name__-less descriptor in subclass override
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        val = self.fn(obj)
        obj.__dict__[self.name] = val
        return val

class Data:
    def __init__(self, n):
        self.n = n
    @Lazy
    def squares(self):
        print("computing")
        return [i * i for i in range(self.n)]
d = Data(4)
print(d.squares)
print(d.squares)
print(type(Data.squares).__name__, "squares" in vars(d))

# property on abstract method
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print("TypeError:", e)
p = property()
try:
    p.__get__(1, int)
except AttributeError as e:
    print("AttributeError:", e)
