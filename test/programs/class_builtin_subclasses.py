class Money:
    def __init__(self, c): self.c = c
    def __index__(self): return self.c
    def __int__(self): return self.c
    def __float__(self): return self.c / 100
    def __iadd__(self, o): self.c += o; return self
    def __repr__(self): return f"Money({self.c})"
m = Money(250); m += 5
print(m, int(m), float(m), [1, 2, 3, 4][Money(1)], hex(Money(255)), bin(m), range(10)[Money(2)], "ab" * Money(2))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), [x for x in Seq()])
class DD(dict):
    def __missing__(self, k): return f"<{k}>"
dd = DD(a=1); print(dd["a"], dd["zz"], dd, isinstance(dd, dict), len(dd))
class MyList(list):
    def __repr__(self): return "MyList" + super().__repr__()
    def total(self): return sum(self)
ml = MyList([1, 2, 3]); ml.append(4); print(ml, ml.total(), len(ml), ml[1:], type(ml[1:]).__name__, ml + [5])
class Upper(str):
    def shout(self): return self.upper() + "!"
u = Upper("hey"); print(u.shout(), u + "x", type(u + "x").__name__, len(u), isinstance(u, str))
class Pt(tuple):
    def __new__(cls, x, y): return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = Pt(3, 4); print(p, p.x, p[1], len(p), type(p).__name__)
class Meta: pass
class Shape:
    sides = 0
    def __init_subclass__(cls, **kw): cls.registry = getattr(cls, "registry", []) + [cls.__name__]
    @classmethod
    def describe(cls): return f"{cls.__name__} with {cls.sides} sides"
class Tri(Shape): sides = 3
class Sq(Shape): sides = 4
print(Tri.describe(), Sq().describe(), Tri.registry, Sq.registry)
class Len:
    def __len__(self): return 0
print(bool(Len()), not Len(), "yes" if Len() else "no")
class Sw:
    def __getattribute__(self, name):
        if name == "magic": return 42
        return object.__getattribute__(self, name)
sw = Sw(); sw.x = 1; print(sw.magic, sw.x)
class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None): return getattr(obj, self.name) if obj else self
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Person:
    age = Typed()
    def __init__(self, age): self.age = age
pp = Person(5); print(pp.age, pp._age)
try: Person("x")
except TypeError as e: print(e)
class A:
    def __eq__(self, o): return True
print(A.__hash__ is None, A() == 1, A() != 1)
try: hash(A())
except TypeError as e: print(e)
class B: pass
b1, b2 = B(), B(); print(b1 == b2, b1 != b2, b1 == b1, len({b1, b2, b1}))
class C:
    def __repr__(self): return "C()"
print([C()], {"k": C()}, (C(),), str(C()), f"{C()}", f"{C()!r}")
class Stack:
    def __init__(self): self._items = []
    def push(self, x): self._items.append(x); return self
    def __len__(self): return len(self._items)
    def __iter__(self): return reversed(self._items)
    def __reversed__(self): return iter(self._items)
s = Stack().push(1).push(2).push(3); print(list(s), list(reversed(s)), len(s), 2 in s)
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Cmp({self.v})"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)]), min(Cmp(3), Cmp(5)), Cmp(1) > Cmp(0))
try: Cmp(1) <= Cmp(2)
except TypeError as e: print(e)
obj = B(); obj.__class__ = A; print(type(obj).__name__)
print(isinstance(1, (str, int)), issubclass(bool, (int,)), isinstance(None, type(None)), type(type), type(object), object.__name__)
class Acc:
    total = 0
    def add(self, n): self.total += n; return self
a1 = Acc().add(3); print(a1.total, Acc.total)
print(Tri.__mro__[1].__name__, Tri.__base__.__name__)
