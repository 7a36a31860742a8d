# gilvm-nogil: --workers 2
# classes and descriptors (test_class/test_descr): dunder dispatch, reflected ops and NotImplemented, __getattr__/__getattribute__/__setattr__/__delattr__, data vs non-data descriptors, __set_name__, __init_subclass__, __class_getitem__, classmethod/staticmethod, __slots__, MRO, type() with 3 args.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return "V(%r)" % (self.x,)
    def __add__(self, o): return V(self.x + o.x) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(o + self.x)
    def __iadd__(self, o): self.x += 100; return self
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __lt__(self, o): return self.x < o.x
    def __hash__(self): return hash(self.x)
    def __neg__(self): return V(-self.x)
    def __abs__(self): return V(abs(self.x))
    def __bool__(self): return self.x != 0
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def __contains__(self, i): return i == 42
    def __call__(self, *a, **k): return ("called", a, k)
    def __index__(self): return self.x
print(V(1) + V(2), 5 + V(1), V(3) == V(3), V(1) != V(2), V(1) < V(2), V(2) > V(1), sorted([V(3), V(1)]), -V(4), abs(V(-2)), bool(V(0)), len(V(1)), V(1)[5], 42 in V(0), V(1)(1, a=2), [0, 1, 2][V(1)], hex(V(255)))
w = V(1); w += V(2); print(w)
t(lambda: V(1) + "s"); t(lambda: V(1) - V(2)); t(lambda: V(1) <= V(2)); t(lambda: V(1) > 5); t(lambda: "s" + V(1))
class A:
    def __getattr__(self, name):
        if name.startswith("dyn"): return name.upper()
        raise AttributeError(f"no {name}")
a = A(); a.real = 1; print(a.real, a.dyn_x, hasattr(a, "zz"), getattr(a, "zz", "dflt")); t(lambda: a.zz)
class GA:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return "fallback:" + name
ga = GA(); ga.y = 2; print(ga.y, ga.secret, ga.other)
class SA:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
sa = SA(); sa.v = 5; print(sa.v, sa.__dict__); del sa.v; t(lambda: sa.v); t(lambda: delattr(sa, "nope"))
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value): setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, objtype=None): return "nondata"
class H:
    d = Desc(); n = NonData()
h = H(); print(h.d, H.d.name, h.n); h.d = 7; h.n = "shadow"; print(h.d, h.n, sorted(vars(h)))
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): "the v"; return self._v
    @v.setter
    def v(self, x):
        if x < 0: raise ValueError("negative")
        self._v = x
    @v.deleter
    def v(self): print("deleting"); self._v = None
    ro = property(lambda self: "ro")
p = P(); p.v = 3; print(p.v, P.v.__doc__); t(lambda: setattr(p, "v", -1)); del p.v; print(p.v); t(lambda: setattr(p, "ro", 1)); t(lambda: delattr(p, "ro"))
class M:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls
    @staticmethod
    def util(x): return x * 2
class M2(M): pass
print(M.make().__name__, M2.make().__name__, M.count, M2.count, M.util(2), M().util(3), M.__dict__["util"].__func__(4))
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, tag))
class D1(Base, tag="one"): pass
class D2(D1): pass
print(Base.subs)

class CG:
    def __class_getitem__(cls, item): return f"CG[{item}]"
print(CG[int], list[int], dict[str, int])
class Sl:
    __slots__ = ("a", "b")
s = Sl(); s.a = 1; t(lambda: setattr(s, "c", 1)); t(lambda: s.b); t(lambda: s.__dict__); print(s.a)
class X: pass
class Y(X): pass
class Z(X): pass
class W(Y, Z): pass
print([k.__name__ for k in W.__mro__], W.mro() == list(W.__mro__), issubclass(W, X), isinstance(W(), Z), W.__bases__, X.__subclasses__())
def bad_mro():
    class Q(X, Y): pass
t(bad_mro)
T = type("T", (X,), {"f": lambda self: "T.f", "k": 1}); print(T.__name__, T().f(), T.k, T.__bases__, type(T), T.__module__)
t(lambda: type("T", 5, {})); t(lambda: type(1, 2)); t(lambda: type()); t(lambda: object.__new__(5)); t(lambda: X(1)); t(lambda: object(1))
class Init:
    def __init__(self): return 5
t(Init)
class New:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a): print("init", a)
New(1, 2)
class NewOther:
    def __new__(cls): return 42
    def __init__(self): print("never")
print(NewOther())
print(X.__name__, X.__qualname__, X.__module__, V.__add__.__qualname__, repr(X.__dict__["__module__"]), X.__doc__, type(X.__dict__).__name__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner().m.__self__.__class__.__name__)
class R:
    def __repr__(self): return "R()"
class S2:
    def __str__(self): return "S2 str"
print(str(R()), repr(R()), str(S2()), f"{R()!r} {S2()}", [R()], format(R(), ""))
t(lambda: format(R(), "x"))
class BadRepr:
    def __repr__(self): return 5
t(lambda: repr(BadRepr())); t(lambda: str(BadRepr()))
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class FloatLen:
    def __len__(self): return 1.5
t(lambda: len(BadLen())); t(lambda: len(BigLen())); t(lambda: len(FloatLen())); t(lambda: bool(BadLen()))
class BadBool:
    def __bool__(self): return 1
t(lambda: bool(BadBool())); t(lambda: not BadBool())
class Eq:
    def __eq__(self, o): return "truthy"
print(Eq() == 1, Eq() != 1, 1 == Eq(), [Eq()] == [1], Eq() in [1])
