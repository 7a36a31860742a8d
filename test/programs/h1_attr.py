class G:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
g = G()
print(g.real, g.xyz, getattr(g, "xa"), getattr(g, "q", "dflt"), hasattr(g, "q"))
try:
    g.q
except AttributeError as e:
    print("AE:", e)

class S:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
s = S()
s.a = 3
setattr(s, "b", 4)
print(s.a, s.b, vars(s), sorted(s.__dict__))
del s.a
delattr(s, "b")
print(vars(s))

class GA:
    def __getattribute__(self, name):
        if name == "magic":
            return 42
        return super().__getattribute__(name)
ga = GA()
ga.z = 1
print(ga.magic, ga.z)
try:
    ga.nope
except AttributeError as e:
    print(e)

class Plain: pass
pl = Plain()
try:
    pl.missing
except AttributeError as e:
    print(e)
try:
    del pl.missing
except AttributeError as e:
    print(e)
try:
    Plain.missing
except AttributeError as e:
    print(e)
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    "s".foo = 1
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    None.x
except AttributeError as e:
    print(e)
try:
    len.x
except AttributeError as e:
    print(e)

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.name, value)
class HasD:
    d = Desc()
h = HasD()
print(h.d)
h.d = 9
print(h.d, h._d, type(HasD.d).__name__)

T = type("T", (Plain,), {"k": 1, "m": lambda self: self.k + 1})
t = T()
print(T.__name__, T.__bases__, t.m(), type(t).__mro__)
print(type(3), type("x"), type(None), type(type), type(len), type([].append), type(t.m), type(T.m))
print(type(range(3)), type(iter([])), type(iter(())), type({}.keys()), type(x for x in []))
print(callable(len), callable(T), callable(t), callable(1))
print(dir(t)[-3:], 'k' in dir(T), sorted(vars(T).keys() - {'__module__', '__dict__', '__weakref__', '__doc__'}))
print(T.__dict__['k'], Plain.__doc__, G.__init__.__name__)
o = object()
print(type(o).__name__, o.__class__ is object, object.__bases__, int.__mro__, bool.__bases__)
