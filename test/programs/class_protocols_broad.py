import functools
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vec({self.x!r}, {self.y!r})"
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __radd__(self, o): return self if o == 0 else NotImplemented
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __lt__(self, o): return abs(self) < abs(o)
    def __format__(self, spec): return f"<{self.x:{spec}}, {self.y:{spec}}>"
v = Vec(3, 4)
print(v, v + v, 2 * v, v * 2, -v, abs(v), bool(Vec(0, 0)), list(v), v[1], len(v), sum([v, v]))
print(f"{v:.2f}", format(v, "03d"), str(v), repr([v]), {v: 1}[Vec(3, 4)], v == Vec(3, 4), v != Vec(3, 4))
print(sorted([Vec(5, 5), Vec(1, 1), Vec(2, 0)]), max(Vec(1, 1), Vec(0, 3)), Vec(1, 1) > Vec(0, 0))
x, y = v; print(x, y, *v)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("del c")
    @property
    def f(self): return self._c * 9 / 5 + 32
t = Temp(); t.c = 100; print(t.c, t.f); del t.c
try: t.f = 3
except AttributeError as e: print(e)
try: t.c = -300
except ValueError as e: print(e)
class Animal:
    count = 0
    def __init__(self, name):
        self.name = name; Animal.count += 1
    def speak(self): return f"{self.name} makes a sound"
    @classmethod
    def create(cls, n): return cls(n)
    @staticmethod
    def kind(): return "animal"
    def __str__(self): return f"{type(self).__name__}({self.name})"
class Dog(Animal):
    def __init__(self, name, breed="mutt"):
        super().__init__(name); self.breed = breed
    def speak(self): return super().speak() + " (woof)"
d = Dog.create("rex"); print(d, d.speak(), Dog.kind(), Animal.count, isinstance(d, Animal), issubclass(Dog, Animal), Dog.__mro__, Dog.__bases__, Dog.__name__, Dog.__qualname__, type(d) is Dog)
print(d.__dict__, vars(d), hasattr(d, "breed"), getattr(d, "nope", 42), Dog.speak(d))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
class Desc:
    def __get__(self, obj, objtype=None):
        return "got" if obj else "cls"
    def __set__(self, obj, val): obj.__dict__["_v"] = val * 2
class H:
    d = Desc()
h = H(); h.d = 5; print(h.d, H.d, h._v)
class Counter:
    def __init__(self): self.n = 0
    def __call__(self, *a, **k): self.n += 1; return (a, k)
c = Counter(); print(c(1, x=2), c.n, callable(c), callable(3))
class Box:
    def __init__(self): self.items = {}
    def __getitem__(self, k): return self.items[k]
    def __setitem__(self, k, v): self.items[k] = v
    def __delitem__(self, k): del self.items[k]
    def __contains__(self, k): return k in self.items
b = Box(); b["a"] = 1; print(b["a"], "a" in b); del b["a"]; print("a" in b)
try: b["zz"]
except KeyError as e: print("KeyError", e)
class Dyn:
    def __getattr__(self, n): return n.upper()
print(Dyn().hello)
class Strict:
    def __setattr__(self, n, v):
        if n.startswith("_"): raise AttributeError(f"private {n}")
        super().__setattr__(n, v)
s = Strict(); s.a = 1; print(s.a)
try: s._b = 2
except AttributeError as e: print(e)
class Res:
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb): print("exit", et.__name__ if et else None, ev); return True
with Res() as r: raise ValueError("inside")
print("after")
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n: yield n.v; n = n.nxt
print(list(Node(1, Node(2, Node(3)))))
print(Vec.__dict__["__init__"].__name__, Vec.__init__.__qualname__, Dog.__module__, d.__class__.__name__)
class P: pass
p = P(); p.x = 1; del p.x
try: del p.x
except AttributeError as e: print(e)
print(repr(P)[:17], str(P)[:8], P.__doc__)
class WithDoc:
    "doc here"
print(WithDoc.__doc__, WithDoc().__doc__)
