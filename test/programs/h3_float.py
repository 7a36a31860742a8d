# gilvm-nogil: --workers 2
# float: parsing, repr, hex/fromhex, is_integer, as_integer_ratio, rounding, divmod/mod signs, inf/nan arithmetic and comparisons, errors.
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["1.5", " -2.25 ", "1e3", "1E-3", "inf", "-Infinity", "nan", "+NaN", "1_000.5", ".5", "5.", "0x10", "1e", "", "abc", "1__0", "infinity", "-iNF", "1.5\n", "١.٥", "1e400", "-1e400", "1e-400"]:
    t(lambda: float(s))
t(lambda: float()); t(lambda: float(None)); t(lambda: float(10**400)); t(lambda: float(True)); t(lambda: float([]))
class F:
    def __float__(self): return 2.5
class Ix:
    def __index__(self): return 3
class Bad:
    def __float__(self): return 1
t(lambda: float(F())); t(lambda: float(Ix())); t(lambda: float(Bad()))
for x in [0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15 + 0.3, 123456789012345678.0, 1e-7, 0.0001, 1e22, 1e23, 5e-324, -0.0, 2.5e-5, 100.0, 1.0e100, 3.14159e-10]:
    print(repr(x), str(x), x.is_integer(), x.hex())
t(lambda: (0.5).as_integer_ratio()); t(lambda: (0.1).as_integer_ratio()); t(lambda: (-2.75).as_integer_ratio()); t(lambda: float("inf").as_integer_ratio()); t(lambda: float("nan").as_integer_ratio())
t(lambda: float.fromhex("0x1.8p1")); t(lambda: float.fromhex("-0x1p-1074")); t(lambda: float.fromhex("inf")); t(lambda: float.fromhex("0x1.ffffffffffffffp1023")); t(lambda: float.fromhex("zz"))
for x in [2.5, 3.5, -2.5, 0.125, 2.675, 1.005, 1234.5678, -0.5, 0.5, 1e300]:
    print(round(x), round(x, 1), round(x, 2), round(x, -1), round(x, 0))
t(lambda: round(float("inf"))); t(lambda: round(float("nan"))); t(lambda: round(float("inf"), 2)); t(lambda: round(1.5, None)); t(lambda: round(2.5, 1.0))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (0.0, -1), (5, 0.5), (1e300, 1e-300), (-1e-300, 1.0)]:
    print(a // b, a % b, divmod(a, b), a / b)
t(lambda: 1.0 / 0); t(lambda: 1.0 // 0.0); t(lambda: 1.0 % 0); t(lambda: divmod(1.0, 0)); t(lambda: 0.0 ** -1); t(lambda: (-8.0) ** 0.5); t(lambda: 10.0 ** 400); t(lambda: 2.0 ** 1024)
t(lambda: (-8) ** 0.5); t(lambda: (-1.0) ** 2); t(lambda: 0.0 ** 0); t(lambda: pow(2.0, 3, 5)); t(lambda: float("inf") ** 0); t(lambda: 1 ** float("nan")); t(lambda: float("nan") ** 0)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf, inf > 10**400, nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan], min(1.0, nan), max(nan, 1.0))
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, 1.0 == 1, 1.5 == 3/2, hash(1.0) == hash(1), hash(0.5), hash(-0.0), hash(inf), hash(-inf), hash(1.5) == hash(3/2))
print(int(1.9999999999999999), int(-0.5), float(2**63), float(-(2**63) + 1), 2**63 == float(2**63), 2**63 + 1 == float(2**63))
print(3.0 < 4, 4 <= 4.0, 10**20 < 1e21, 10**20 + 1 > 1e20, -10**400 < -1e308, 1e308 * 10, -1e308 * 10)
print(f"{0.1:.20f}", f"{1e100:.3e}", f"{123.456:10.2f}|", f"{-0.0:+.1f}", f"{1e-10:g}", f"{1e16:g}", f"{12345.678:,.1f}", f"{0.5:%}", f"{inf:f}", f"{nan:e}", f"{-inf:G}", f"{1.5:=+10.2f}")
print(str(1e16), str(1.0e-5), str(0.00001234), repr(1e-4), 1e5, 1.5e5, 123e-2, 0.1 * 3, 1.1 * 1.1, 100 / 3)
t(lambda: float.__name__); t(lambda: (1.5).real); t(lambda: (1.5).imag); t(lambda: (1.5).conjugate()); t(lambda: float("1.5").__trunc__())
t(lambda: math.floor(-1.5)); t(lambda: math.ceil(-1.5)); t(lambda: math.trunc(-1.5)); t(lambda: math.floor(inf)); t(lambda: math.ceil(nan))
t(lambda: 1.5 + "a"); t(lambda: 1.5 < "a"); t(lambda: 1.5 & 1); t(lambda: ~1.5); t(lambda: 1.5 << 1); t(lambda: "ab" * 2.0); t(lambda: range(2.0))
for h in ["0x1.0000000000000800p0", "0x1.0000000000000801p0", "0x1.0000000000001800p0", "0x0.0000000000001p-1022", "0x1p-1075", "0x1.8p-1075", "0x1p-1076", "0x1.fffffffffffffp1023", "0x1.fffffffffffff8p1023", "  -0X1P+3  ", "0x.8", "1.", "0x1p"]:
    t(lambda: float.fromhex(h))
class DM:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
class FD:
    def __floordiv__(self, o): return 1
    def __mod__(self, o): return 2
class SubF(float):
    def __rdivmod__(self, o): return "sub-rdm"
t(lambda: divmod(DM(), 1)); t(lambda: divmod(1, DM())); t(lambda: divmod(FD(), 1)); t(lambda: divmod(1.5, SubF(2))); t(lambda: divmod(SubF(7), 2))
t(lambda: divmod(1, 0)); t(lambda: divmod(1, 0.0)); t(lambda: divmod(True, False)); t(lambda: divmod(1.0, False)); t(lambda: divmod("a", 1)); t(lambda: divmod([], 1))
