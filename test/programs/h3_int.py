# gilvm-nogil: --workers 2
# int: construction from strings/bases, errors, methods (bit_length, to_bytes, from_bytes), big-int arithmetic, divmod/pow signs, shifts.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s, b in [("0", 10), ("-12", 10), (" 42 ", 10), ("1_000", 10), ("0x1f", 16), ("0x1f", 0), ("1f", 16), ("0o17", 0), ("0b101", 0), ("z", 36), ("Z", 36), ("10", 2), ("+7", 0), ("000", 0), ("0_0", 0), ("\t-0b1_0\n", 0), ("١٢٣", 10)]:
    t(lambda: int(s, b))
for s, b in [("", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("08", 0), ("0x", 16), ("12", 2), ("abc", 10), ("1.5", 10), (" ", 10), ("10", 1), ("10", 37), ("10", -1), ("0b2", 0), ("- 1", 10)]:
    t(lambda: int(s, b))
t(lambda: int(3.99)); t(lambda: int(-3.99)); t(lambda: int(1e20)); t(lambda: int(float("inf"))); t(lambda: int(float("nan")))
t(lambda: int(True)); t(lambda: int()); t(lambda: int(None)); t(lambda: int([1])); t(lambda: int(12, 10)); t(lambda: int("12", base=8)); t(lambda: int(x="5"))
class I:
    def __index__(self): return 7
class T:
    def __trunc__(self): return 9
class N:
    def __int__(self): return 11
t(lambda: int(I())); t(lambda: int(N())); t(lambda: int("11", I()))
t(lambda: (5).bit_length()); t(lambda: (-256).bit_length()); t(lambda: (0).bit_length()); t(lambda: (2**100).bit_length())
t(lambda: (255).bit_count()); t(lambda: (-7).bit_count())
t(lambda: (1024).to_bytes(2, "big")); t(lambda: (1024).to_bytes(2, "little")); t(lambda: (-1).to_bytes(2, "big", signed=True))
t(lambda: (256).to_bytes(1, "big")); t(lambda: (-1).to_bytes(1, "big")); t(lambda: (5).to_bytes())
t(lambda: int.from_bytes(b"\x01\x00", "big")); t(lambda: int.from_bytes(b"\xff\xff", "big", signed=True)); t(lambda: int.from_bytes([1, 2], "little"))
t(lambda: (10).as_integer_ratio()); t(lambda: (7).conjugate()); t(lambda: (7).real); t(lambda: (7).imag); t(lambda: (7).numerator); t(lambda: (7).denominator)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3), (-(2**70), 7)]:
    print(a // b, a % b, divmod(a, b), a / b)
t(lambda: 1 // 0); t(lambda: 1 % 0); t(lambda: divmod(1, 0)); t(lambda: 1 / 0); t(lambda: 0 ** -1)
t(lambda: 2 ** -2); t(lambda: (-8) ** (1/3) if False else (-2) ** 3); t(lambda: pow(3, 4, 5)); t(lambda: pow(3, -1, 7)); t(lambda: pow(2, -1, 4)); t(lambda: pow(3, 2, 0)); t(lambda: pow(3, 2.0, 5))
t(lambda: pow(-3, 3, 5)); t(lambda: pow(3, 3, -5))
t(lambda: 1 << 100); t(lambda: -1 >> 100); t(lambda: 1 << -1); t(lambda: 5 >> -2); t(lambda: -17 >> 2); t(lambda: ~5); t(lambda: -5 & 0xff); t(lambda: -5 | 3); t(lambda: -5 ^ 3)
big = 3 ** 200
print(big, big % 1000007, -big // 12345, str(big)[:10], len(str(big)), hex(big)[:12], big.bit_length())
print(2**64 - 1, -(2**63), (2**64) * (2**64), (10**30) // (10**15 + 7), (10**30) % (10**15 + 7))
t(lambda: 10**20 == 1e20); t(lambda: 2**53 + 1 == float(2**53 + 1)); t(lambda: 2**53 + 1 > float(2**53)); t(lambda: 10**400 > float("inf")); t(lambda: float(10**400))
t(lambda: 10**400 / 10**399); t(lambda: 10**400 / 3); t(lambda: 2**1100 / 2**1099)
print(hex(-255), oct(-8), bin(-5), hex(0), format(255, "#x"), format(-255, "08b"), format(10**20, ","), format(1234567, "_"), format(255, "_x"), format(12345, "+010,d"))
t(lambda: format(5, ".2d")); t(lambda: format(5, "s")); t(lambda: format(5, "c")); t(lambda: format(5, "=+5")); t(lambda: format(-5, "x<5"))
print(int.__name__, (5).__class__, isinstance(True, int), True + True, True * 10, -True, ~True, True // 2, True << 3)
print(round(15, -1), round(25, -1), round(-15, -1), round(1234, -2), round(5, 2), round(7), type(round(7, 1)))
print(abs(-2**80), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30) == hash(10**30 % (2**61 - 1)))
print(int("9" * 50) + 1, int("-" + "9" * 30) - 1, 123456789 * 987654321, (-3) ** 41)
t(lambda: int("1" * 5000)); 
