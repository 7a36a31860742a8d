# gilvm-nogil: --workers 2
"""Recipe scaler: an exact Fraction class with operator overloading."""
from functools import total_ordering
from math import gcd


@total_ordering
class Frac:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if isinstance(num, Frac):
            num, den = num.num * den, num.den
        if not isinstance(num, int) or not isinstance(den, int):
            raise TypeError(f"Frac needs ints, got {type(num).__name__!r} and {type(den).__name__!r}")
        if den == 0:
            raise ZeroDivisionError(f"Frac({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    @classmethod
    def parse(cls, text):
        text = text.strip()
        if " " in text:
            whole, rest = text.split(None, 1)
            return cls.parse(whole) + cls.parse(rest)
        if "/" in text:
            a, b = text.split("/")
            return cls(int(a), int(b))
        return cls(int(text))

    @staticmethod
    def _coerce(other):
        if isinstance(other, Frac):
            return other
        if isinstance(other, int):
            return Frac(other)
        return NotImplemented

    def __add__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self + Frac(-other.num, other.den)

    def __rsub__(self, other):
        return Frac(other) - self

    def __mul__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return Frac(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return Frac(other) / self

    def __neg__(self):
        return Frac(-self.num, self.den)

    def __abs__(self):
        return Frac(abs(self.num), self.den)

    def __eq__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = self._coerce(other)
        if other is NotImplemented:
            return other
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        if self.den == 1:
            return hash(self.num)
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        return int(self.num / self.den)

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Frac({self.num}, {self.den})"

    def __str__(self):
        if self.den == 1:
            return str(self.num)
        whole, rem = divmod(abs(self.num), self.den)
        sign = "-" if self.num < 0 else ""
        if whole:
            return f"{sign}{whole} {rem}/{self.den}"
        return f"{sign}{rem}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("f"):
            return format(float(self), spec)
        return format(str(self), spec)


RECIPE = """
flour: 2 1/4 cup
sugar: 3/4 cup
butter: 1/2 cup
eggs: 2
vanilla: 1 1/2 tsp
salt: 1/8 tsp
"""


def load(text):
    items = []
    for line in text.strip().splitlines():
        name, _, qty = line.partition(":")
        *amount, unit = qty.split()
        if amount == []:
            amount, unit = [unit], "each"
        items.append((name.strip(), Frac.parse(" ".join(amount)), unit))
    return items


recipe = load(RECIPE)
for factor in (Frac(1, 2), 3, Frac(2, 3)):
    print(f"--- scaled by {factor} ---")
    for name, amount, unit in recipe:
        scaled = amount * factor
        print(f"{name:<8}|{scaled:>10}|{scaled:8.3f}| {unit}")

total_cups = sum((a for _, a, u in recipe if u == "cup"), Frac(0))
print("total cups:", total_cups, repr(total_cups), float(total_cups))
print("sum with int start:", sum([Frac(1, 3)] * 3))
print(1 - Frac(1, 3), 2 / Frac(4, 3), Frac(7, 2) - 4, -Frac(3, 4), abs(Frac(-5, 6)))
vals = [Frac(1, 3), Frac(2, 6), Frac(1, 2), Frac(-1, 4), Frac(5), 0, Frac(0, 9)]
print(sorted(vals, key=lambda v: Frac(v)))
print(max(vals, key=Frac), min(vals[:4]))
print(Frac(1, 3) <= Frac(2, 6), Frac(1, 2) >= Frac(2, 3), Frac(3) == 3, 3 == Frac(3))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), Frac(4, 1), 4}))
print({Frac(2, 1): "two"}[2], hash(Frac(9, 3)) == hash(3))
print(bool(Frac(0)), bool(Frac(1, 99)), int(Frac(-7, 2)), int(Frac(7, 2)))
for bad in [(1, 0), (1.5, 2), ("1", 2)]:
    try:
        Frac(*bad)
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Frac(1, 2) < "x"
except TypeError as e:
    print("TypeError:", e)
try:
    Frac(1, 2) + 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    f = Frac(1, 2)
    f.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
print(Frac.__lt__.__name__, Frac.__le__.__name__, Frac.__gt__(Frac(1), Frac(0)))
print(f"{Frac(22, 7):^12.4f}|{Frac(22, 7)!r:>16}|{Frac(22, 7)!s}")
