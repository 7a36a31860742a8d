class Meta_free:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Meta_free.registry.append(cls.__name__)
class A(Meta_free, tag="a"): pass
class B(A): pass
print(Meta_free.registry, A.tag, B.tag)
class Single:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1, s2 = Single(1), Single(2)
print(s1 is s2, s1.v)
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v * 10
    def __float__(self): return self.v / 2
    def __format__(self, spec): return f"Num[{self.v}:{spec}]"
    def __repr__(self): return "Num(%d)" % self.v
n = Num(3)
print([10, 20, 30, 40][n], bin(n), hex(n), int(n), float(n), f"{n:xyz}", format(n), "{:>4}".format(n), range(n), "ab" * n)
class Base:
    def __eq__(self, o): print("Base.eq"); return NotImplemented
class Sub(Base):
    def __eq__(self, o): print("Sub.eq"); return NotImplemented
print(Base() == Sub())
print(Base() != Base())
class R:
    def __radd__(self, o): return "radd"
    def __rsub__(self, o): return "rsub"
    def __rmul__(self, o): return "rmul"
    def __rtruediv__(self, o): return "rdiv"
    def __rpow__(self, o): return "rpow"
    def __rlshift__(self, o): return "rlsh"
    def __ror__(self, o): return "ror"
    def __rmatmul__(self, o): return "rmat"
print(1 + R(), 1 - R(), "a" * R(), 1 / R(), 2 ** R(), 1 << R(), {1} | R())
class IntSub(int):
    def __add__(self, o): return "IntSub.add"
    def __radd__(self, o): return "IntSub.radd"
print(1 + IntSub(2), IntSub(2) + 1, IntSub(5) * 2, type(IntSub(5) * 2).__name__, IntSub(7), repr(IntSub(7)), isinstance(IntSub(1), int))
class StrSub(str):
    def shout(self): return self.upper() + "!"
ss = StrSub("hey")
print(ss.shout(), ss + "x", type(ss + "x").__name__, len(ss), ss == "hey", {ss: 1}["hey"], ss[1:], type(ss[1:]).__name__)
class ListSub(list):
    def __init__(self, *a):
        super().__init__(a)
    def total(self): return sum(self)
ls = ListSub(1, 2, 3)
ls.append(4)
print(ls, ls.total(), len(ls), type(ls).__name__, ls[1:], type(ls[1:]).__name__, isinstance(ls, list))
class DictSub(dict):
    def __missing__(self, k):
        return f"missing {k}"
ds = DictSub(a=1)
print(ds["a"], ds["zz"], ds.get("zz"), "zz" in ds, ds)
class Diamond_A:
    def who(self): return "A"
class Diamond_B(Diamond_A):
    def who(self): return "B>" + super().who()
class Diamond_C(Diamond_A):
    def who(self): return "C>" + super().who()
class Diamond_D(Diamond_B, Diamond_C):
    def who(self): return "D>" + super().who()
print(Diamond_D().who(), [c.__name__ for c in Diamond_D.__mro__], Diamond_D.mro()[1].__name__)
try:
    class Bad(Diamond_A, Diamond_B): pass
except TypeError as e:
    print(e)
try:
    class Bad2(int, str): pass
except TypeError as e:
    print(e)
class WithSlots:
    __slots__ = ("a",)
class Ordered:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __le__(self, o): return self.k <= o.k
    def __repr__(self): return f"O{self.k}"
os_ = [Ordered(3), Ordered(1), Ordered(2)]
print(sorted(os_), max(os_), min(os_), Ordered(1) > Ordered(0), Ordered(1) >= Ordered(2))
class NoHash:
    def __eq__(self, o): return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__)
class Cnt:
    def __init__(self): self.items = {}
    def __setitem__(self, k, v): print("set", k, v); self.items[k] = v
    def __getitem__(self, k): return self.items[k]
    def __delitem__(self, k): print("del", k); del self.items[k]
    def __len__(self): return len(self.items)
c = Cnt()
c["a"] = 1; c[1, 2] = "s"; c["a"] += 5
print(c["a"], len(c), bool(c))
del c["a"]
try:
    c["zz"]
except KeyError as e:
    print("KeyError", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class StrOnly:
    def __str__(self): return "str!"
print(str(StrOnly()), f"{StrOnly()}", "%s" % StrOnly(), [StrOnly()] != [], format(StrOnly(), ""))
try:
    format(StrOnly(), "x")
except TypeError as e:
    print(e)
class Abstract:
    def method(self): raise NotImplementedError("subclass must")
try:
    Abstract().method()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(e)
try:
    Sub.__init__()
except TypeError as e:
    print(e)
class Init:
    def __init__(self, a): pass
try:
    Init()
except TypeError as e:
    print(e)
try:
    Init(1, 2)
except TypeError as e:
    print(e)
class NoInit: pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class RetInit:
    def __init__(self): return 5
try:
    RetInit()
except TypeError as e:
    print(e)
try:
    Single.nope()
except AttributeError as e:
    print(e)
print(Num.__repr__(n), Num.__dict__["__repr__"].__name__, type(n).__repr__ is Num.__repr__, n.__repr__.__func__ is Num.__repr__)
print(vars(n), n.__dict__, Num.__name__, n.__class__.__name__, Num.__class__, type(Num))
