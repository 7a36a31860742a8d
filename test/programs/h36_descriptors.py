# gilvm-nogil: --workers 2
# descriptors with __set_name__, validation, data vs non-data precedence
class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.public = name
        self.private = "_" + name
        print(f"set_name {owner.__name__}.{name}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        print(f"delete {self.public}")
        delattr(obj, self.private)

class Range(Typed):
    def __init__(self, lo, hi):
        super().__init__(int, lo)
        self.lo, self.hi = lo, hi
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if not self.lo <= value <= self.hi:
            raise ValueError(f"{self.public}={value} out of [{self.lo}, {self.hi}]")

class Person:
    name = Typed(str, "anon")
    age = Range(0, 150)
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def __repr__(self):
        return f"Person({self.name!r}, {self.age})"

p = Person("Ann", 30)
print(p, vars(p))
for bad in [("name", 5), ("age", "x"), ("age", 200)]:
    try:
        setattr(p, *bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del p.age
print(p.age, p)
print(Person.name.owner_name, Person.age.private)

# non-data descriptor is shadowed by instance dict; data descriptor is not
class NonData:
    def __get__(self, obj, owner):
        return "from descriptor"
class DataDesc:
    def __get__(self, obj, owner):
        return "data descriptor"
    def __set__(self, obj, v):
        print("DataDesc.__set__", v)
class Holder:
    nd = NonData()
    dd = DataDesc()
h = Holder()
print(h.nd, h.dd)
h.__dict__["nd"] = "instance value"
h.__dict__["dd"] = "instance value"
print(h.nd, h.dd)
h.dd = 5
print(Holder.nd, Holder.dd)

# __set_name__ only called at class creation; later assignment doesn't
class Late:
    pass
Late.attr = Typed(int, 0)
try:
    Late().attr = 1
except AttributeError as e:
    print("AttributeError:", e)

# descriptor on class accessed through subclass
class Sub(Person):
    pass
s = Sub("Bo", 4)
print(s, type(Sub.__dict__.get("name")), Sub.name.public)

# methods are descriptors
class M:
    def f(self):
        return self
m = M()
bound = M.__dict__["f"].__get__(m, M)
print(bound() is m, bound == m.f, m.f is m.f)
print(M.f.__get__(None, M) is M.f)

# __set_name__ error gets wrapped? (3.11: not wrapped, propagates directly)
class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class HasBoom:
        x = Boom()
except Exception as e:
    print(type(e).__name__, e, e.__cause__)

# descriptor implementing __get__ with classmethod-like behavior
class ClassProp:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, owner):
        return self.f(owner)
class Config:
    _name = "cfg"
    @ClassProp
    def label(cls):
        return cls._name.upper()
class SubConfig(Config):
    _name = "sub"
print(Config.label, SubConfig.label, SubConfig().label)

# slots restrict instance attributes
class Slotted:
    __slots__ = ("a", "b")
sl = Slotted()
sl.a = 1
try:
    sl.b
except AttributeError as e:
    print("AttributeError:", e)
try:
    sl.c = 3
except AttributeError as e:
    print("AttributeError:", e)
print(sl.a, hasattr(sl, "__dict__"))
