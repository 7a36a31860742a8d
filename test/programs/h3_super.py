# gilvm-nogil: --workers 2
# super() and properties (test_super/test_property): cooperative multiple inheritance, super in classmethods/staticmethod errors, super().__init__ chains, property subclassing/getter/setter/deleter copies, property on class access, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class A:
    def who(self): return ["A"]
    @classmethod
    def cm(cls): return ["A.cm", cls.__name__]
    def __init__(self, **kw): print("A.init", sorted(kw)); self.a = 1
class B(A):
    def who(self): return ["B"] + super().who()
    @classmethod
    def cm(cls): return ["B.cm"] + super().cm()
    def __init__(self, b=0, **kw): print("B.init", b); super().__init__(**kw); self.b = b
class C(A):
    def who(self): return ["C"] + super().who()
    def __init__(self, c=0, **kw): print("C.init", c); super().__init__(**kw); self.c = c
class D(B, C):
    def who(self): return ["D"] + super().who()
    def __init__(self): super().__init__(b=1, c=2, extra=3)
d = D(); print(d.who(), D.cm(), d.a, d.b, d.c, [k.__name__ for k in D.__mro__])
print(super(B, d).who(), super(C, d).who(), super(D, d).who(), super(B, D).cm())
t(lambda: super(B, 5)); t(lambda: super(int, d)); t(lambda: super())
class S:
    @staticmethod
    def sm(): return super().x
t(S.sm)
class Base:
    def __repr__(self): return "Base.repr"
    def __eq__(self, o): return "Base.eq"
class Child(Base):
    def __repr__(self): return "Child+" + super().__repr__()
    def __eq__(self, o): return "Child+" + super().__eq__(o)
    def __getattr__(self, n): return "ga:" + n
print(repr(Child()), Child() == 1, Child().missing, super(Child, Child()).__repr__())
class Sup:
    def m(self): return "Sup.m"
class Sub(Sup):
    def m(self):
        f = lambda: super(Sub, self).m()
        return "Sub.m/" + f()
    def gen(self):
        yield super().m()
print(Sub().m(), list(Sub().gen()))
class SuperAttr(Sup):
    def check(self):
        s = super()
        return type(s).__name__, s.m()
print(SuperAttr().check())
class P:
    def __init__(self): self._x = 0
    def getx(self): return self._x
    def setx(self, v): self._x = v
    def delx(self): del self._x
    x = property(getx, setx, delx, "the x doc")
    ro = property(getx)
    wo = property(None, setx)
p = P(); p.x = 5; print(p.x, P.x.__doc__, P.x.fget.__name__, type(P.x).__name__, P.ro.fset); del p.x; t(lambda: p.x)
t(lambda: setattr(p, "ro", 1)); t(lambda: p.wo); t(lambda: delattr(p, "ro"))
class P2(P):
    @P.x.getter
    def x(self): return "P2 sees " + str(self._x)
p2 = P2(); p2.x = 3; print(p2.x, P.x is P2.x, P2.x.fset is P.x.fset)
class Lazy:
    def __init__(self): self.calls = 0
    @property
    def value(self):
        self.calls += 1
        return self.calls
lz = Lazy(); print(lz.value, lz.value, lz.calls)
class PropErr:
    @property
    def bad(self): raise AttributeError("inner missing")
    def __getattr__(self, n): return "getattr fallback for " + n
print(PropErr().bad)
class Doc:
    @property
    def d(self):
        "docstring here"
        return 1
print(Doc.d.__doc__, property().__doc__, property(doc="explicit").__doc__)
t(lambda: property(5).__get__(1)); t(lambda: property().__get__(1)); t(lambda: property(lambda s: 1).__get__(None, int) is not None)
class Counter:
    total = 0
    def __init_subclass__(cls): Counter.total += 1
class C1(Counter): pass
class C2(C1): pass
print(Counter.total)
class Meta_like:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key: Meta_like.registry[key] = cls.__name__
class R1(Meta_like, key="r1"): pass
print(Meta_like.registry)
t(lambda: type("Bad", (Meta_like,), {}) and "ok")
class Ov(dict):
    def __getitem__(self, k): return ("ov", super().__getitem__(k))
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
o = Ov(); o["a"] = 2; print(o["a"], dict(o), o.get("a"), list(o.items()))
class L(list):
    def append(self, v): super().append(v); super().append(v)
l = L(); l.append(1); l.extend([2]); print(l, len(l), type(l + [3]).__name__, type(l[:1]).__name__)
class S2(str):
    def upper(self): return "custom " + super().upper()
print(S2("ab").upper(), S2("ab") + "c", type(S2("ab") + "c").__name__, S2("x") == "x", isinstance(S2(), str))
class I2(int):
    def __add__(self, o): return I2(super().__add__(o) * 10)
    def __repr__(self): return f"I2({int(self)})"
print(I2(1) + 2, 2 + I2(1), I2(5) * 2, type(I2(5) * 2).__name__, repr(I2(3)))
