# gilvm-nogil: --workers 2
# Multiple inheritance, cooperative super() chains, __init_subclass__, class decorators
registry = {}

def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls

class Base:
    kinds = []
    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        Base.kinds.append(cls.kind)

    def __init__(self, **kw):
        self.log = ["Base"]
        if kw:
            print("leftover kwargs:", sorted(kw))

    def describe(self):
        return ["Base.describe"]

class Loud(Base, kind="loud"):
    def __init__(self, volume=1, **kw):
        super().__init__(**kw)
        self.volume = volume
        self.log.append("Loud")

    def describe(self):
        return ["Loud"] + super().describe()

class Colored(Base):
    def __init__(self, color="red", **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append("Colored")

    def describe(self):
        return ["Colored"] + super().describe()

@register
class LoudColored(Loud, Colored, kind="lc"):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("LoudColored")

    def describe(self):
        return ["LC"] + super().describe()

obj = LoudColored(volume=3, color="blue", extra=1)
print(obj.log, obj.volume, obj.color)
print(obj.describe())
print([c.__name__ for c in LoudColored.__mro__])
print(Base.kinds, LoudColored.kind, Colored.kind)
print(registry, LoudColored.registered)
print(hasattr(Loud, "registered"))

# super() with explicit args
class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B>" + super(B, self).who()
class C(A):
    def who(self):
        return "C>" + super().who()
class D(B, C):
    def who(self):
        return "D>" + super().who()
print(D().who())
print(super(C, D()).who())
print(D.__mro__.index(C))

# MRO conflict
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

# duplicate base
try:
    class Y(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

# super outside method
def bad():
    return super().who()
try:
    bad()
except RuntimeError as e:
    print("RuntimeError:", e)

# classmethod through super
class P:
    @classmethod
    def make(cls, *args):
        return cls.__name__, args
class Q(P):
    @classmethod
    def make(cls, *args):
        name, a = super().make(*args, "q")
        return name + "!", a
print(Q.make(1, 2))
print(Q().make())

# __init_subclass__ errors
class Strict:
    def __init_subclass__(cls, **kw):
        if "run" not in cls.__dict__:
            raise TypeError(f"{cls.__name__} must define run")
try:
    class NoRun(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
class HasRun(Strict):
    def run(self):
        return "ran"
print(HasRun().run())
try:
    class Bad(Base, nope=1):
        pass
except TypeError as e:
    print("TypeError:", e)

# class decorator that wraps methods
def trace_methods(cls):
    for name, val in list(vars(cls).items()):
        if callable(val) and not name.startswith("__"):
            def make(fn, name=name):
                def wrapper(*a, **k):
                    r = fn(*a, **k)
                    print(f"  {cls.__name__}.{name} -> {r!r}")
                    return r
                return wrapper
            setattr(cls, name, make(val))
    return cls

@trace_methods
class Calc:
    def add(self, a, b):
        return a + b
    def neg(self, a):
        return -a
c = Calc()
c.add(2, 3)
c.neg(c.add(1, 1))
print(Calc.add.__name__, Calc.__qualname__)
