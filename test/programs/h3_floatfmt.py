# gilvm-nogil: --workers 2
# float formatting and arithmetic corners: n/g/e/% specs across magnitudes, round() with large negative/positive ndigits, printf-style e/g, big-int modular arithmetic and bytes, inf/nan floor division and modulo, signed zero.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for v in [0.0001234, 123456.789, 1e-5, 1.5e300, 0.1, 100.0, 2.5, -0.0, 1e16, 12345678901234567890.0]:
    print([format(v, s) for s in ["n", ".3n", "g", ".0g", "#.3g", ".2e", "%", ".0%", "10.4", "<12.3e", "+.1f", ",.2f", "_g"]])
t(lambda: round(1234.5678, -2)); t(lambda: round(-1234.5678, -5)); t(lambda: round(1e300, -300)); t(lambda: round(2.5e-300, 300)); t(lambda: round(0.5, 400)); t(lambda: round(123, -400)); t(lambda: round(1.23456789e-5, 7))
t(lambda: "%.0e" % 1.5); t(lambda: "%.0e" % 2.5); t(lambda: "%g" % 1e-4); t(lambda: "%g" % 1e-5); t(lambda: "%#x" % 0); t(lambda: "%#o" % 0); t(lambda: "%e" % 1e-320); t(lambda: "%.3g" % 0.0001234); t(lambda: "%10.3s|" % "abcdef")
t(lambda: int("1" * 100) % 97); t(lambda: str(2**200)[-5:]); t(lambda: 10**18 // 7 * 7 + 10**18 % 7); t(lambda: (-10**18) // 7); t(lambda: pow(7, 10**5, 10**9 + 7)); t(lambda: (2**64).to_bytes(9, "little").hex()); t(lambda: int.from_bytes(b"\xff" * 9, "big", signed=True))
t(lambda: float(2**1023) * 2); t(lambda: 2**1024 / 2); t(lambda: (2**1024) // 2.0); t(lambda: math_ok() if False else float.fromhex("0x1p1023") * 2 == float("inf"))
t(lambda: 1e308 + 1e308); t(lambda: -(1e308 * 10)); t(lambda: float("inf") - float("inf")); t(lambda: 0.0 * float("inf")); t(lambda: float("inf") // 1); t(lambda: float("inf") % 1); t(lambda: divmod(float("inf"), 1)); t(lambda: 5 % float("inf")); t(lambda: -5 % float("inf")); t(lambda: 5 // float("inf")); t(lambda: -5 // float("inf"))
t(lambda: int(float("1e18"))); t(lambda: int(1e19)); t(lambda: float(int(1e19)) == 1e19); t(lambda: 0.1 + 0.2 == 0.30000000000000004); t(lambda: 1.0.hex()); t(lambda: (0.1).hex()); t(lambda: float.hex(-2.0))
t(lambda: abs(-0.0)); t(lambda: -0.0 < 0.0); t(lambda: str(-0.0 + 0.0)); t(lambda: max(-0.0, 0.0)); t(lambda: min(0.0, -0.0)); t(lambda: round(-0.4)); t(lambda: round(-0.5, 0)); t(lambda: int(-0.9))
