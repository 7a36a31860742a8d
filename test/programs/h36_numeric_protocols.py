# gilvm-nogil: --workers 2
# a Fixed-point number class: conversion protocols, math.floor/ceil/trunc, round,
# reflected arithmetic, and the DeprecationWarnings of int()/float() protocol corners
import math

class Fixed:
    SCALE = 100
    def __init__(self, value):
        self.raw = round(value * self.SCALE) if not isinstance(value, Fixed) else value.raw
    @classmethod
    def from_raw(cls, raw):
        f = cls(0)
        f.raw = raw
        return f
    def __repr__(self):
        sign = "-" if self.raw < 0 else ""
        whole, frac = divmod(abs(self.raw), self.SCALE)
        return f"Fixed({sign}{whole}.{frac:02d})"
    def __float__(self):
        return self.raw / self.SCALE
    def __int__(self):
        return int(self.raw / self.SCALE)
    def __floor__(self):
        return self.raw // self.SCALE
    def __ceil__(self):
        return -(-self.raw // self.SCALE)
    def __trunc__(self):
        return int(self)
    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(float(self))
        return Fixed(round(float(self), ndigits))
    def __add__(self, other):
        if isinstance(other, (int, float)):
            other = Fixed(other)
        if not isinstance(other, Fixed):
            return NotImplemented
        return Fixed.from_raw(self.raw + other.raw)
    __radd__ = __add__
    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Fixed.from_raw(round(self.raw * other))
        if isinstance(other, Fixed):
            return Fixed.from_raw(self.raw * other.raw // self.SCALE)
        return NotImplemented
    __rmul__ = __mul__
    def __neg__(self):
        return Fixed.from_raw(-self.raw)
    def __lt__(self, other):
        return float(self) < float(other)
    def __eq__(self, other):
        return float(self) == float(other)
    def __hash__(self):
        return hash(float(self))

prices = [Fixed(3.5), Fixed(-2.25), Fixed(10), Fixed(0.07)]
print(prices, sum(prices), sum(prices, Fixed(0)))
for p in prices:
    print(f"{p!r:>14} float={float(p):<6} int={int(p):<3} floor={math.floor(p):<3} ceil={math.ceil(p):<3} trunc={math.trunc(p):<3} round={round(p)} round1={round(p, 1)!r}")
print(sorted(prices), max(prices), min(prices, key=abs if False else float))
print(Fixed(2) * 3, 3 * Fixed(2), Fixed(1.5) * Fixed(2), -Fixed(4), 1 + Fixed(0.5))
print(Fixed(2) == 2.0, {Fixed(1), Fixed(1.0)}, Fixed(2) in [2.0])
try:
    Fixed(1) * "x"
except TypeError as e:
    print("TypeError:", e)

class Legacy:
    """Only __trunc__: int() still works in 3.11, with a DeprecationWarning."""
    def __init__(self, v):
        self.v = v
    def __trunc__(self):
        return int(self.v)
class MyInt(int):
    pass
class Sloppy:
    def __int__(self):
        return MyInt(7)
class MyFloat(float):
    pass
class SloppyFloat:
    def __float__(self):
        return MyFloat(2.5)
class Bad:
    def __trunc__(self):
        return 2.5
print(int(Legacy(9.9)), [int(Legacy(x)) for x in (1.5, -1.5)])
print(int(Sloppy()), type(int(Sloppy())).__name__, float(SloppyFloat()), type(float(SloppyFloat())).__name__)
try:
    int(Bad())
except TypeError as e:
    print("TypeError:", e)
