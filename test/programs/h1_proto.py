class Vec:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"Vec{self.c}"
    def __abs__(self): return sum(x * x for x in self.c) ** 0.5
    def __neg__(self): return Vec(*(-x for x in self.c))
    def __pos__(self): return self
    def __invert__(self): return Vec(*reversed(self.c))
    def __round__(self, n=None): return Vec(*(round(x, n) for x in self.c))
    def __reversed__(self): return iter(self.c[::-1])
    def __mul__(self, k): return Vec(*(x * k for x in self.c))
    __rmul__ = __mul__
    def __truediv__(self, k): return Vec(*(x / k for x in self.c))
    def __floordiv__(self, k): return Vec(*(x // k for x in self.c))
    def __mod__(self, k): return Vec(*(x % k for x in self.c))
    def __pow__(self, k, mod=None): return Vec(*(pow(x, k, mod) for x in self.c))
    def __and__(self, o): return "and"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __eq__(self, o): return type(o) is Vec and self.c == o.c
    def __len__(self): return len(self.c)
    def __iter__(self): return iter(self.c)
v = Vec(3, 4)
print(abs(v), -v, +v, ~v, round(Vec(1.26, 2.5), 1), round(Vec(1.5, 2.5)), list(reversed(v)), 2 * v, v * 2, v / 2, v // 2, v % 2, v ** 2, pow(v, 2, 5), v & 1, v ^ 1, v << 1)
print(v == Vec(3, 4), v != Vec(3, 4), v != 5, Vec.__hash__, bool(Vec()), 3 in v, list(v), dict(zip(v, v)), max(v), sorted(v, reverse=True))
try:
    hash(v)
except TypeError as e:
    print(e)
class Inherit(Vec): pass
print(Inherit.__hash__ is None, Inherit(1) == Vec(1))
class LenOnly:
    def __len__(self): return 0
class IterOnly:
    def __iter__(self): yield from [1, 2]
class NotIter:
    __iter__ = None
print(bool(LenOnly()), 2 in IterOnly(), 5 in IterOnly())
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    1 in NotIter()
except TypeError as e:
    print(e)
try:
    5 in 5
except TypeError as e:
    print(e)
class Acc:
    def __init__(self): self.n = 0
    def __iadd__(self, o): self.n += o; return self
    def __isub__(self, o): return NotImplemented
    def __sub__(self, o): return "sub fallback"
a = Acc(); a += 5; b = a; b -= 1
print(a.n, b)
class Both:
    def __add__(self, o): return NotImplemented
class Other:
    def __radd__(self, o): return "Other.radd"
print(Both() + Other())
for bad in [lambda: Both() + Both(), lambda: Acc() * 2, lambda: 2 ** Acc(), lambda: Acc() < Acc(), lambda: -Acc(), lambda: abs(Acc()), lambda: len(Acc()),
            lambda: Acc()[0], lambda: Acc().__setitem__(0, 1), lambda: Acc()(), lambda: [x for x in Acc()], lambda: 1 < None, lambda: round(Acc()), lambda: reversed(Acc()), lambda: int(Acc()), lambda: float(Acc()), lambda: "abc"[Acc()], lambda: range(Acc()), lambda: hex(1.5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def set_item():
    x = Acc(); x[0] = 1
def del_item():
    x = Acc(); del x[0]
def with_bad():
    with Acc(): pass
for fn in [set_item, del_item, with_bad]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self): return 1
print([10, 20, 30][Idx():], "abc"[Idx()], range(10)[Idx()], [1, 2][Idx()], bin(Idx()))
class Ctx:
    def __enter__(self): return "value"
    def __exit__(self, *exc): print("exit args", exc); return False
with Ctx() as val:
    print(val)
class GetItemOnly:
    def __getitem__(self, k):
        if isinstance(k, slice): return ("slice", k.start, k.stop, k.step)
        return ("item", k)
gi = GetItemOnly()
print(gi[1], gi[1:2], gi[::3], gi[1:2, 3], gi[...], gi["k"], gi[:, None])
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, "v", o)
    __hash__ = object.__hash__
print(Eq(1) == 1, 1 == Eq(1), Eq(1) != 1, Eq(1) in [1, 2], [1].index(Eq(1)), [Eq(1)].count(1), {Eq(1): 1} != {}, Eq(2) in {2: 0})
class Call:
    def __call__(self, x, *, y=2): return x * y
c = Call()
print(c(3), c(3, y=3), callable(c), list(map(c, [1, 2])))
try:
    c()
except TypeError as e:
    print(e)
class GetAttrChain:
    def __getattr__(self, name):
        if name == "loop":
            return self.other
        raise AttributeError(name)
try:
    GetAttrChain().loop
except AttributeError as e:
    print("AE", e)
class BoolLen:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(BoolLen()), len(BoolLen()), "yes" if BoolLen() else "no", not BoolLen())
