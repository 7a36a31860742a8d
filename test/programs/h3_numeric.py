# gilvm-nogil: --workers 2
# numeric tower: int/float/bool/complex mixing, __index__/__int__/__float__ conversions, true division of big ints, round-trips through str, math on subclasses, augmented arithmetic with user types, reflected operators on built-ins.
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(1 + 2.0, 3 * True, 7 / 2, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 10 ** -1, (-8) // 3, -8 % 3, 8 % -3, -7 / 2, 1e300 * 1e10, -1e300 * 1e10, 0.1 * 3)
print((10**50) / (10**49), (10**400) // (10**399), (2**1000) / (2**999), 1 / (10**300), (10**30 + 1) / 10**30, 2**-1074 if False else 5e-324 / 2)
t(lambda: (10**400) / 1.0); t(lambda: 1.0 * 10**400); t(lambda: 10**400 + 0.5); t(lambda: math.sqrt(10**400)); t(lambda: math.log(10**400)); t(lambda: math.floor(10**400 + 0.0) if False else math.floor(10**20 / 3))
c = complex(1, 2)
print(c, c + 1, c * c, c.real, c.imag, c.conjugate(), abs(complex(3, 4)), complex("1+2j"), complex(2), complex(), c == complex(1, 2), c != 1, -c, c / 2, c ** 2, complex(1.5, -0.0))
t(lambda: c < c); t(lambda: complex("x")); t(lambda: int(c)); t(lambda: float(c)); t(lambda: c // 2); t(lambda: c % 2); t(lambda: complex(1, 0) / 0); t(lambda: repr(complex(0, 1))); t(lambda: repr(complex(-0.0, -1))); t(lambda: str(complex(1e20, 1e-5))); t(lambda: hash(complex(1, 0)) == hash(1))
class Meters:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Meters({self.v})"
    def __add__(self, o): return Meters(self.v + (o.v if isinstance(o, Meters) else o))
    __radd__ = __add__
    def __mul__(self, k): return Meters(self.v * k) if isinstance(k, (int, float)) else NotImplemented
    def __rmul__(self, k): return self * k
    def __truediv__(self, o): return self.v / o.v if isinstance(o, Meters) else Meters(self.v / o)
    def __pow__(self, e, mod=None): return Meters(pow(self.v, e, mod))
    def __rpow__(self, b): return ("rpow", b, self.v)
    def __lshift__(self, n): return Meters(self.v << n)
    def __and__(self, o): return "and"
    def __rxor__(self, o): return "rxor"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __neg__(self): return Meters(-self.v)
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
    def __abs__(self): return "abs"
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 42
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __index__(self): return 3
m = Meters(2)
print(m + 1, 1 + m, m + m, 3 * m, m * 2.5, m / Meters(4), m / 2, m ** 3, pow(m, 3, 5), 2 ** m, m << 2, m & 1, 1 ^ m, m // 1, m % 1, -m, +m, ~m, abs(m))
print(round(m), round(m, 2), math.trunc(m), math.floor(m), math.ceil(m), int(m), float(m), [0, 1, 2, 3][m], bin(m), range(m), "ab" * m, sum([m, m], Meters(0)))
t(lambda: m - 1); t(lambda: 1 - m); t(lambda: m * "s"); t(lambda: m < m); t(lambda: divmod(m, 1)); t(lambda: m | 1); t(lambda: m >> 1)
acc = Meters(1); acc += 5; acc *= 2; print(acc); acc2 = 5; acc2 += Meters(1); print(acc2)
class MyFloat(float):
    def __repr__(self): return f"MyFloat({float(self)})"
class MyInt(int): pass
mf, mi = MyFloat(1.5), MyInt(7)
print(mf + 1, type(mf + 1).__name__, mi + 1, type(mi + 1).__name__, type(-mi).__name__, type(abs(mi)).__name__, mi == 7, hash(mi) == hash(7), str(mi), repr(mf), f"{mi:05d}", f"{mf:.3f}", mi.bit_length(), mf.is_integer(), type(mi // 2).__name__, int(mi) is not mi or True)
print(math.gcd(12, 18), math.isqrt(10**20), math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.copysign(3, -0.0), math.fsum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)), math.hypot(3, 4))
print(math.isinf(float("inf")), math.isnan(float("nan")), math.isfinite(1e308), math.pi, math.e, math.tau, math.inf, math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.pow(2, 10), math.fabs(-3), math.fmod(-7, 3), math.modf(2.5), math.frexp(8.0), math.ldexp(0.5, 4))
t(lambda: math.sqrt(-1)); t(lambda: math.log(0)); t(lambda: math.log(-1)); t(lambda: math.factorial(-1)); t(lambda: math.factorial(2.5)); t(lambda: math.exp(1000)); t(lambda: math.acos(2)); t(lambda: math.gcd(1.5, 2)); t(lambda: math.isqrt(-1)); t(lambda: math.comb(3, -1))
print(int("0b101", 0) + int("0o17", 0) + int("0x1f", 0), float("1e-3") * 1000, round(2.5) + round(3.5) + round(-2.5), abs(-7) // 2, -(-7 // 2), int(-7 / 2), 7 // -2 * -2 + 7 % -2)
print(0.1 + 0.2, 1 - 0.9, 3 * 0.1, 0.1 ** 2, 1e-10 + 1, 1e16 + 1, 2.0 ** 53 + 1, float(2**53 + 1), int(float(2**53 + 1)), 1e22 == 10**22, 1e23 == 10**23)
