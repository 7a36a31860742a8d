# property (getter/setter/deleter), staticmethod, classmethod, alternative
# constructors, class-level counters.
class Temperature:
    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("deleting celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def is_freezing(celsius):
        return celsius <= 0


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_celsius"))
print(Temperature.from_fahrenheit(212).celsius, Temperature.is_freezing(-1), t.is_freezing(5))
print(type(Temperature.__dict__["celsius"]).__name__, type(Temperature.__dict__["is_freezing"]).__name__,
      type(Temperature.__dict__["from_fahrenheit"]).__name__)


class Kelvin(Temperature):
    @classmethod
    def describe(cls):
        return f"class {cls.__name__}"


k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.celsius, Kelvin.describe(), k.describe())


def get_area(self):
    return self.w * self.h


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    area = property(get_area, doc="the area")
    double = staticmethod(lambda x: x * 2)
    make_square = classmethod(lambda cls, s: cls(s, s))


r = Rect.make_square(3)
print(r.area, Rect.double(21), Rect.area.__doc__, Rect.area.fget is get_area)
try:
    r.area = 10
except AttributeError as e:
    print(type(e).__name__, e)


class Cached:
    calls = 0

    @property
    def value(self):
        Cached.calls += 1
        return 42


c = Cached()
print(c.value + c.value, Cached.calls)


class Counter:
    instances = 0

    def __init__(self):
        type(self).instances += 1

    @classmethod
    def how_many(cls):
        return cls.instances


class SubCounter(Counter):
    instances = 0


Counter(); Counter(); SubCounter()
print(Counter.how_many(), SubCounter.how_many())
sm = staticmethod(len)
print(sm.__func__("abc"), callable(sm))
