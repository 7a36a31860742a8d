# gilvm-nogil: --workers 2
# everyday class patterns: class vs instance attributes and shadowing, shared mutable class attributes, descriptors on class access, classmethod/staticmethod types, __init_subclass__ keywords, __new__ counters and singletons, name mangling, hash/eq in containers.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Meta_less:
    pass
class A:
    cls_attr = "A"
    def __init__(self): self.inst = 1
    @property
    def p(self): return "p"
    def m(self): return "m"
a = A()
t(lambda: sorted(k for k in A.__dict__ if not k.startswith("__")))
t(lambda: "inst" in dir(a) and "m" in dir(a) and "cls_attr" in dir(A))
t(lambda: type(A.__dict__["m"]).__name__)
t(lambda: type(A.__dict__["p"]).__name__)
t(lambda: A.m.__get__(a)())
t(lambda: A.p.__get__(a, A))
t(lambda: A.p.fget(a))
class Cnt:
    n = 0
    def __init__(self): type(self).n += 1
class Cnt2(Cnt): pass
Cnt(); Cnt2(); Cnt2()
t(lambda: (Cnt.n, Cnt2.n))
class Shadow:
    x = 1
s = Shadow(); s.x = 2
t(lambda: (s.x, Shadow.x)); del s.x; t(lambda: s.x); t(lambda: delattr(s, "x"))
class WithClassVarList:
    items = []
    def add(self, v): self.items.append(v)
w1, w2 = WithClassVarList(), WithClassVarList(); w1.add(1); w2.add(2)
t(lambda: WithClassVarList.items)
class D:
    def __get__(self, obj, typ): return ("get", obj is None, typ.__name__)
class HasD:
    d = D()
t(lambda: HasD.d); t(lambda: HasD().d)
class Cls:
    @classmethod
    def c(cls, *a): return cls.__name__, a
    @staticmethod
    def s(*a): return a
t(lambda: Cls.c(1)); t(lambda: Cls().c(2)); t(lambda: Cls.s(3)); t(lambda: Cls().s(4)); t(lambda: Cls.__dict__["c"].__func__(Cls)); t(lambda: type(Cls.c).__name__); t(lambda: type(Cls.s).__name__)
class Base:
    def __init_subclass__(cls, **kw): cls.tag = kw.get("tag", "none")
class Sub(Base, tag="x"): pass
class Sub2(Base): pass
t(lambda: (Sub.tag, Sub2.tag))
class WithNew:
    instances = 0
    def __new__(cls, *args, **kw):
        inst = super().__new__(cls)
        cls.instances += 1
        return inst
    def __init__(self, v): self.v = v
t(lambda: (WithNew(1).v, WithNew(2).v, WithNew.instances))
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
t(lambda: Singleton() is Singleton())
class Frozen:
    __slots__ = ("x",)
    def __init__(self, x): object.__setattr__(self, "x", x)
    def __setattr__(self, k, v): raise AttributeError("frozen")
f = Frozen(1)
t(lambda: f.x); t(lambda: setattr(f, "x", 2)); t(lambda: Frozen.__slots__)
class Abstractish:
    def area(self): raise NotImplementedError("subclass must implement")
class Sq(Abstractish):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
t(lambda: Sq(3).area()); t(lambda: Abstractish().area())
class Chain:
    def __init__(self): self.ops = []
    def add(self, v): self.ops.append(v); return self
t(lambda: Chain().add(1).add(2).ops)
class CA:
    def __init__(self): self.__private = 1
    def get(self): return self.__private
ca = CA()
t(lambda: ca.get()); t(lambda: ca._CA__private); t(lambda: ca.__private)
class Ord:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return hash(self.v)
t(lambda: len({Ord(1), Ord(1), Ord(2)})); t(lambda: Ord(1) in [Ord(1)]); t(lambda: [Ord(1)].index(Ord(1))); t(lambda: [Ord(1), Ord(2)].count(Ord(2)))
class ClassRepr:
    def __repr__(self): return f"{type(self).__name__}({vars(self)})"
class CR2(ClassRepr):
    def __init__(self): self.a = 1
t(lambda: CR2()); t(lambda: str(CR2())); t(lambda: [CR2()])
t(lambda: isinstance(CR2(), ClassRepr)); t(lambda: issubclass(CR2, (int, ClassRepr))); t(lambda: CR2.__mro__[1].__name__); t(lambda: CR2.__base__.__name__)
t(lambda: type(CR2()).__mro__[-1]); t(lambda: object in CR2.__mro__)
