class Registry:
    plugins = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        Registry.plugins[key or cls.__name__.lower()] = cls

class Csv(Registry, key="csv"): pass
class Json(Registry): pass
print(sorted(Registry.plugins), Registry.plugins["csv"].__name__)

class Field:
    def __set_name__(self, owner, name):
        self.name = "_" + name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print(f"  deleting {self.name} of {self.owner}")
        delattr(obj, self.name)

class Model:
    title = Field()
    size = Field()
m = Model()
print(m.title, Model.title.name, Model.size.owner)
m.title = "T"
print(m.title, vars(m))
del m.title
print(m.title, vars(m))

class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
print(list(Seq(3)), list(reversed(Seq(3))), 20 in Seq(3), 25 in Seq(3), sorted(Seq(4), reverse=True))

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([0, 1, 2, 3][Idx(2)], "abcdef"[Idx(1):Idx(4)], hex(Idx(255)), bin(Idx(5)), range(Idx(3)), (10).__pow__(2))

class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __round__(self, nd=None): return f"round({nd})"
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return self
    def __invert__(self): return "inverted"
    def __repr__(self): return f"Num({self.v})"
print(int(Num(3.7)), float(Num(2)), round(Num(1)), round(Num(1), 2), -Num(5), +Num(1), ~Num(0))

class Eq:
    def __init__(self, k): self.k = k
    def __eq__(self, o):
        if not isinstance(o, Eq): return NotImplemented
        return self.k == o.k
print(Eq(1) == Eq(1), Eq(1) != Eq(2), Eq(1) == 1, Eq.__hash__ is None, Eq(1) in [Eq(1)])
try:
    {Eq(1)}
except TypeError as e:
    print("TypeError:", e)

class Lazy:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:]
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
lz = Lazy()
print(lz.real, lz.auto_hello, lz.secret, hasattr(lz, "nope"), getattr(lz, "nope", "dflt"))

Dyn = type("Dyn", (Model,), {"greet": lambda self: "hi from " + type(self).__name__, "x": 5})
dd = Dyn()
print(dd.greet(), Dyn.x, Dyn.__mro__[1].__name__, isinstance(dd, Model), Dyn.__name__, Dyn.__bases__)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class SubSlotted(Slotted):
    __slots__ = ("c",)
ss = SubSlotted()
ss.c = 3
print(ss.a, ss.c, hasattr(ss, "b"), hasattr(ss, "__dict__"), Slotted.__slots__)
try:
    ss.b
except AttributeError as e:
    print("AttributeError:", e)

it = iter([5, 3, 0, 7].pop, 0) if False else iter(iter([5, 3, 0, 7]).__next__, 0)
print(list(it))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), [x for x in Countdown(2)], dict(zip("ab", Countdown(5))))
class Bad:
    def __len__(self): return -1
    def __bool__(self): return 1
for bad in (lambda: len(Bad()), lambda: bool(Bad())):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
class CallMe:
    def __call__(self, *a, **k): return (a, k)
print(CallMe()(1, x=2), callable(CallMe()), callable(CallMe), callable(3))
print(sorted(n for n in dir(m) if not n.startswith("__")), Model.__qualname__, Model.__module__, type(m).__dict__["size"].name)
class Meta_less:
    count = 0
    def __new__(cls, *a):
        cls.count += 1
        inst = super().__new__(cls)
        return inst
    def __init__(self, x): self.x = x
print(Meta_less(1).x, Meta_less(2).count, Meta_less.count)
print(Eq(1) < Eq(2))
