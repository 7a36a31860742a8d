# gilvm-nogil: --workers 2
# reflected / in-place operators, NotImplemented, error messages
class Money:
    def __init__(self, cents, cur="EUR"):
        self.cents, self.cur = cents, cur
    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"
    def _coerce(self, other):
        if isinstance(other, Money):
            if other.cur != self.cur:
                raise ValueError(f"currency mismatch: {self.cur} vs {other.cur}")
            return other.cents
        if isinstance(other, int):
            return other
        return NotImplemented
    def __add__(self, other):
        c = self._coerce(other)
        if c is NotImplemented:
            return NotImplemented
        return Money(self.cents + c, self.cur)
    __radd__ = __add__
    def __sub__(self, other):
        c = self._coerce(other)
        if c is NotImplemented:
            return c
        return Money(self.cents - c, self.cur)
    def __rsub__(self, other):
        c = self._coerce(other)
        if c is NotImplemented:
            return c
        return Money(c - self.cents, self.cur)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Money(round(self.cents * k), self.cur)
        return NotImplemented
    __rmul__ = __mul__
    def __truediv__(self, k):
        if isinstance(k, Money):
            return self.cents / k.cents
        return Money(self.cents // k, self.cur)
    def __neg__(self):
        return Money(-self.cents, self.cur)
    def __abs__(self):
        return Money(abs(self.cents), self.cur)
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return (self.cents, self.cur) == (other.cents, other.cur)
    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents
    def __iadd__(self, other):
        print("  __iadd__")
        c = self._coerce(other)
        if c is NotImplemented:
            return NotImplemented
        self.cents += c
        return self

a, b = Money(150), Money(275)
print(a + b, a + 5, 5 + a, b - a, 1000 - a, a * 3, 2 * a, a * 0.5)
print(b / a, b / 2, -a, abs(-a))
print(sum([a, b, Money(1)]), sum([a, b], Money(0)))
print(sorted([b, a, Money(5)]), max(a, b), min([a, b]))
print(a == Money(150), a != b, a == 150, a < b, b > a, a <= b if hasattr(Money, "__le__") and Money.__le__ is not object.__le__ else "no le")
c = a
c += 10
print(c, a, c is a)
c += Money(1)
print(c)
for expr in ["a + 'x'", "'x' + a", "a * a", "a < 3", "3 >= a", "a - [1]", "~a", "a ** 2", "divmod(a, 2)", "a // 2", "a % 3", "a << 1", "a & 1", "c += 'x'"]:
    try:
        if expr.startswith("c +="):
            c += "x"
        else:
            eval(expr)
        print("ok", expr)
    except TypeError as e:
        print(f"{expr!r}: TypeError: {e}")
try:
    Money(1) + Money(1, "USD")
except ValueError as e:
    print("ValueError:", e)

# list/tuple/str in-place vs binary
x = [1, 2]
y = x
x += (3, 4)
print(x, y is x)
try:
    x = x + (5,)
except TypeError as e:
    print("TypeError:", e)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = "ab"
s *= 3
print(s)

# __radd__ only called when types differ; subclass reflected priority
class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"
print(Base() + Derived(), Derived() + Base(), Base() + Base(), 1 + Base())

# NotImplemented from both sides of ==: falls back to identity
class Opaque:
    def __eq__(self, other):
        return NotImplemented
o = Opaque()
print(o == o, o == Opaque(), o != o, o != 1)

# comparison of unorderable
for expr in ["[1] < (1,)", "None < 1", "{} < {}", "'a' < 1", "Opaque() < Opaque()", "1 < 'a' < 2"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)

# __index__ makes objects usable as indices / in bin/hex/range
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i = Idx(3)
print([10, 20, 30, 40][i], "abcdef"[Idx(1):Idx(4)], bin(i), hex(Idx(255)), list(range(Idx(2))), 2 ** Idx(4) if False else "skip")
try:
    [1, 2][1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    "abc"["1"]
except TypeError as e:
    print("TypeError:", e)
