# Numeric builtins: abs, divmod, pow, round, bin, hex, oct, int (bases), float,
# bool, chr/ord, hash of numbers, int/float conversions and their errors.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-7, -2), divmod(0, 3))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(-3, 3), pow(4, 0.5), pow(0, 0))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, 3, -5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(round(3.14159), round(3.14159, 2), round(-2.5), round(7.5), round(15, -1), round(25, -1))
print(round(0.1 + 0.2, 10), round(1e300, 2), round(-0.4), round(2.5, None), round(12345.6789, -2))
print(bin(10), bin(-10), bin(0), hex(255), hex(-255), hex(0), oct(64), oct(-9))
print(int("101", 2), int("ff", 16), int("0xff", 16), int("z", 36), int("0o17", 0), int("  -12  "))
print(int(), int(7.9), int(-7.9), int("1_000_000"), int(True))
for bad in ("12.5", "", "0x10", "1__0", "abc", " "):
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("2", 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("10", 99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
print(float(), float(3), float("  -2.5e3 "), float("inf"), float("-nan"), float(True), float("1_0.5"))
for bad in ("abc", "1.2.3", "", "1e"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
print(chr(65), chr(8364), chr(0x1F40D), ord("a"), ord("€"), ord("\n"))
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0), bool(0.0), bool(1e-300), bool(-1), bool("0"))
print(hash(0) == 0, hash(42) == 42, hash(1.5) == hash(1.5), hash(2.0) == hash(2))
print(10 / 4, 10 // 4, 10 % 4, -10 // 4, -10 % 4, 10 // -4, 10 % -4, 2 ** -2)
print(int(2 ** 0.5 * 10 ** 6), 1e3 == 1000, float(10 ** 20) == 10 ** 20, 0.1 * 3 == 0.3)
print(max(2 ** 64, 2.0 ** 64), 2 ** 64 == 2.0 ** 64, 2 ** 64 + 1 > 2.0 ** 64)
print((17).__divmod__(5), (3).__pow__(2), (10).__floordiv__(3), (2.5).__round__())
print(format(1234.5678, ".2f"), format(0.000123, ".2e"), format(255, "b"), format(-1, "08.3f"))
print(1 / 3 + 1 / 3 + 1 / 3, 0.1 + 0.7, 4.35 * 100, round(4.35 * 100))
