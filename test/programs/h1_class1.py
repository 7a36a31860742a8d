class Base:
    count = 0
    def __init__(self, x):
        self.x = x
        Base.count += 1
    def describe(self):
        return f"{type(self).__name__}({self.x})"
    def __repr__(self):
        return f"<{self.__class__.__name__} x={self.x!r}>"
    @classmethod
    def make(cls, v):
        return cls(v)
    @staticmethod
    def helper(a, b=2):
        return a * b

class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        parts = [super().describe(), super().describe()]
        def inner():
            return super(Child, self).describe()
        return "|".join(parts) + "/" + inner() + "/" + __class__.__name__
    def lam(self):
        f = lambda: super(Child, self).describe()
        return f()

c = Child(1, 2)
print(c.describe(), c.lam(), repr(c), str(c))
print(Child.make.__name__, Base.helper(3), c.helper(4, b=5))
print(Base.count, Child.count, Child.__mro__)
print(Child.__qualname__, Child.describe.__qualname__, Child.__module__)
print(isinstance(c, (int, Base)), issubclass(Child, (str, Base)), issubclass(bool, int))

class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        if val < 0:
            raise ValueError("negative")
        self._v = val
    @v.deleter
    def v(self):
        print("deleting v")
        del self._v
p = P()
p.v = 5
print(p.v, P.v.__doc__, type(P.v).__name__)
try:
    p.v = -1
except ValueError as e:
    print("VE", e, repr(e), e.args)
del p.v
print(hasattr(p, "_v"), hasattr(p, "v"))
class RO:
    @property
    def r(self): return 1
try:
    RO().r = 3
except AttributeError as e:
    print("AE", e)
try:
    del RO().r
except AttributeError as e:
    print("AE", e)

class V:
    def __init__(self, *a): self.a = list(a)
    def __eq__(self, o): return isinstance(o, V) and self.a == o.a
    def __hash__(self): return hash(tuple(self.a))
    def __lt__(self, o): return self.a < o.a
    def __add__(self, o):
        if isinstance(o, V): return V(*[x+y for x, y in zip(self.a, o.a)])
        if isinstance(o, int): return V(*[x+o for x in self.a])
        return NotImplemented
    def __radd__(self, o): return self.__add__(o)
    def __iadd__(self, o):
        self.a = [x + o for x in self.a]; return self
    def __neg__(self): return V(*[-x for x in self.a])
    def __len__(self): return len(self.a)
    def __getitem__(self, i):
        if isinstance(i, slice): return V(*self.a[i])
        return self.a[i]
    def __contains__(self, x): return x in self.a
    def __iter__(self): return iter(self.a)
    def __repr__(self): return f"V{tuple(self.a)}"
    def __bool__(self): return any(self.a)
    def __call__(self, *args, **kw): return (args, sorted(kw.items()))
v = V(1, 2, 3)
print(v + 1, 1 + v, v + V(1, 1, 1), -v, v[1:], v[::-1], v[0], 2 in v, len(v))
v += 10
print(v, bool(V(0, 0)), bool(v), v(1, 2, z=3, a=1))
print(sorted([V(3), V(1), V(2)]), V(1) == V(1), V(1) != V(2), {V(1): 'a'}[V(1)])
print(max([V(3), V(1)]), min(V(5), V(4)))
try:
    v + "s"
except TypeError as e:
    print(e)
try:
    V(1) > 3
except TypeError as e:
    print(e)
try:
    V(1) <= V(2)
except TypeError as e:
    print(e)
print(sum([V(1, 1), V(2, 2)], V(0, 0)))
