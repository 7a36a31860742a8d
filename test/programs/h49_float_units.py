# gilvm-nogil: --workers 2
"""Unit conversion table with float formatting corner cases."""
import math

UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "mi": 1609.344, "ft": 0.3048, "in": 0.0254, "nm": 1e-9},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125, "t": 1000.0},
}


def convert(kind, value, src, dst):
    table = UNITS[kind]
    return value * table[src] / table[dst]


for kind, table in UNITS.items():
    print(f"== {kind} ==")
    names = list(table)
    print(" " * 6 + "".join(f"{n:>14}" for n in names))
    for a in names:
        print(f"{a:<6}" + "".join(f"{convert(kind, 1, a, b):>14.6g}" for b in names))

values = [0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789.0, 1e-5, 1e-4, 0.0001234, -0.0, 5e-324,
          1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 100.0, 1e22, 1e21,
          12345678901234567890.0, 0.5, 2.5, 1.005, 2.675, 3.14159265358979]
for v in values:
    print(repr(v), str(v), f"{v:g}", f"{v:e}", f"{v:.3}", f"{v:10.2f}|", f"{v:%}" if math.isfinite(v) else "-",
          "%s %r %.3g %.2e" % (v, v, v, v))
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 4.5)])
print([round(x, 2) for x in (2.675, 1.005, 0.125, 0.375, -2.675)], round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(2.5, 0), type(round(2.5)), type(round(2.5, 0)), round(-0.4), round(1e300, 2))
for spec in ("", ".0f", ".1f", "+.2f", " .2f", "08.3f", ",.2f", "_.1f", ".2%", "e", ".0e", "G", ".10g", "#g", "#.0f", "<10", "^10.1f", "=+10.2f", "n"):
    print(f"{spec!r:>8}: {format(1234.5678, spec)!r} {format(-0.000123, spec)!r}")
print(f"{1e100:.3g} {1.5e-7:g} {123456:g} {1234567:g} {0.00001:g} {0.0001:g} {1e16:.17g}")
print(float("1e500"), float("-1E-500"), float(" 12.5 "), float("1_000.5"), float(".5"), float("5."))
print(int(1e20), int(-2.9), int(2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(7.0 // 2, -7.0 // 2, 7.0 % -2, -7.5 % 2, divmod(7.5, 2), divmod(-7.5, 2), 2 ** -1, (-8) ** (1 / 3) if False else 0)
print(float.is_integer(3.0), (3.5).as_integer_ratio(), (0.1).hex() if hasattr(0.1, "hex") else "", 1e308 * 10, -1e308 * 10)
print(sum([0.1] * 10), math.fsum([0.1] * 10), math.isclose(sum([0.1] * 10), 1.0), 0.1 * 3 == 0.3)
print(math.sqrt(2), math.pi, math.e, math.tau, math.hypot(3, 4), math.log(8, 2), math.log10(1000), math.exp(1))
print(f"{math.pi:.{5}f} {math.pi:{12}.{3}e} {42:{'>'}{8}} {3.0:.0%} {0.5:.0%} {1.5:.0f} {2.5:.0f}")
for bad in ("abc", "", "1.2.3", "nan1"):
    try:
        float(bad)
    except ValueError as e:
        print(e)
try:
    format(1.5, "d")
except ValueError as e:
    print(e)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(10.0 % 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(e)
print(math.inf > 1e308, math.nan == math.nan, math.isnan(math.nan), -math.inf < 0, hash(1.0) == hash(1), hash(0.5))
