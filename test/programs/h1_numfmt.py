vals = [0.0, -0.0, 1.0, 0.1, 0.5, 1.5, 2.5, 123.456, -987.654321, 1e-5, 1.23e-7, 6.02e23, 1e15, 1e16, 1e17, 9.999999e15, 0.000123456, 2 ** 0.5, 1 / 3, 100.0, 12345678.9, float("inf"), float("-inf"), 5e-324, 1.7976931348623157e308, 0.05, 0.15, 0.25, 0.35, 2.675, 1.005]
specs = ["", ".0f", ".1f", ".2f", ".3e", ".2g", ".10g", "g", "e", "%", ".1%", "10.3f", "<10.2f", "^12.4g", "+.2f", " .1f", "015.3f", ",.2f", "_.1f", "#.0f", "#g", ".0e", "n", "G", "E", ".3G", ".17g", ".20f"]
for v in vals:
    print(repr(v), str(v), " ".join(format(v, s) for s in specs))
    print("%s %r %f %.3f %e %.2e %g %.3g %10.4f %-10.1f| %+g %G" % (v, v, v, v, v, v, v, v, v, v, v, v))
ints = [0, 1, -1, 7, 255, -255, 10 ** 6, 2 ** 31, -2 ** 63, 10 ** 20, 123456789]
ispecs = ["", "d", "5d", "<5", "^7", "05d", "+d", " d", ",", "_", "x", "X", "#x", "o", "#o", "b", "#b", "08b", "e", ".2f", "%", "g", ",.2f", "_x", "#_b", "=+8", "c" ]
for i in ints:
    out = []
    for s in ispecs:
        try:
            out.append(format(i, s))
        except (ValueError, OverflowError) as e:
            out.append(f"<{type(e).__name__}: {e}>")
    print(" ".join(out))
    print("%d %5d %-5d| %05d %x %X %#x %o %#o %e %+d % d %c" % (i, i, i, i, i, i, i, i, i, i, i, i, i % 256))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(0.125, 2), round(0.135, 2), round(1.0000000001, 9), round(123.5), round(-123.5), round(10 ** 20 + 0.5))
print(float("1e-400"), float("-1e400"), 1e308 + 1e308, -(1e308 + 1e308), float("0x10") if False else "", int("0x10", 16), int("10", 0), int("0_1", 0) if False else "")
print(7 / 2, 7 // 2, -7 / 2, 7.0 // 2, 1e300 * 1e10, 2 ** 1023 * 2.0 if False else "", 3.0 % 0.7, -3.0 % 0.7, divmod(3.0, 0.7), 0.1 * 3, 1.1 + 2.2, 3 * 1.1)
