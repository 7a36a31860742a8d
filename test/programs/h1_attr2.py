class P:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"fallback:{name}"
print(P().broken, P().other)
class Q:
    @property
    def broken(self):
        return self.missing_attr
try:
    Q().broken
except AttributeError as e:
    print(e)
class R:
    def __getattribute__(self, name):
        if name == "x":
            raise AttributeError("no x here")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "R.getattr:" + name
print(R().x, R().y)
class Lazy:
    def __init__(self): self.calls = 0
    def __getattr__(self, name):
        self.calls += 1
        value = name * 2
        setattr(self, name, value)
        return value
lz = Lazy()
print(lz.ab, lz.ab, lz.calls, vars(lz))
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
    def __delattr__(self, n): delattr(self._t, n)
class T: pass
t = T(); p = Proxy(t)
p.x = 5
print(t.x, p.x, hasattr(p, "y"))
del p.x
print(hasattr(t, "x"))
try:
    p.nothing
except AttributeError as e:
    print(e)
class Frozen:
    __slots__ = ()
class Counter:
    __count = 0
    @classmethod
    def bump(cls):
        cls.__count += 1
        return cls.__count
print(Counter.bump(), Counter.bump(), Counter._Counter__count)
class DataDesc:
    def __get__(self, obj, objtype=None):
        return "desc-get" if obj is not None else "class-get"
    def __set__(self, obj, v):
        obj.__dict__["_v"] = v
class NonData:
    def __get__(self, obj, objtype=None): return "nondata"
class UseDesc:
    d = DataDesc()
    n = NonData()
u = UseDesc()
u.__dict__["d"] = "instance"
u.__dict__["n"] = "instance-n"
print(u.d, u.n, UseDesc.d, UseDesc.n)
u.d = 7
print(u.__dict__)
class WithCall:
    def method(self): return "m"
wc = WithCall()
wc.method = lambda: "instance lambda"
print(wc.method(), WithCall.method(wc), type(WithCall.__dict__["method"]).__name__)
def free(self): return f"free {type(self).__name__}"
WithCall.free = free
print(wc.free(), WithCall.free(1))
print(getattr(wc, "method")(), getattr(WithCall, "free").__name__, setattr(wc, "z", 1), wc.z, delattr(wc, "z"), hasattr(wc, "z"))
try:
    getattr(wc, 5)
except TypeError as e:
    print(e)
try:
    setattr(wc, 5, 1)
except TypeError as e:
    print(e)
print(dir(wc)[:3], "method" in dir(wc), "free" in dir(WithCall), sorted(k for k in vars(WithCall) if not k.startswith("_")))
