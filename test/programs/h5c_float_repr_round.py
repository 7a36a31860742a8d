# float repr/str and round()
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for v in [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234,
          1.0, 100.0, 1e22, 1e23, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          -0.0, 9007199254740993.0, 0.30000000000000004, 1.1, 2.5e-5, 12345.678e10]:
    print(repr(v), str(v), v)
for x, n in [(2.5, None), (3.5, None), (-2.5, None), (0.5, None), (-0.5, None), (1.5, None),
             (2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (12345.6789, -2), (15.0, -1), (25.0, -1),
             (35.0, -1), (-25.0, -1), (1e300, -300), (1.5, 0), (2.5, 0), (0.1, 20), (1e-300, 300),
             (123.456, 1), (123.456, -1), (123.456, -3), (float("inf"), None), (float("nan"), None),
             (float("inf"), 2), (float("nan"), 0), (-0.0, 1), (0.0, -1), (5.5, -400), (5.5, 400), (1.23456789e-5, 8)]:
    if n is None:
        t(lambda: round(x))
    else:
        t(lambda: round(x, n))
for x, n in [(25, -1), (35, -1), (15, -1), (-25, -1), (12345, -2), (12355, -1), (7, 2), (7, 0), (10**30 + 5 * 10**9, -10), (-5, -1), (5, -1), (0, -5)]:
    t(lambda: round(x, n))
t(lambda: round(7))
t(lambda: round(True))
t(lambda: round(True, 1))
t(lambda: round("1"))
t(lambda: round(1.5, 1.0))
t(lambda: round(1.5, None))
t(lambda: type(round(1.5, None)))
t(lambda: type(round(2.5, 0)))
t(lambda: round(1e308 * 10))
t(lambda: round(-1e308 * 10))
t(lambda: round(float("nan")))
t(lambda: round(1e20))
t(lambda: round(1.7976931348623157e308))
t(lambda: round(2**70 + 0.0))
t(lambda: float.__round__(2.5))
t(lambda: int.__round__(15, -1))
t(lambda: (2.5).__round__())
t(lambda: (0.1).as_integer_ratio())
t(lambda: (-0.75).as_integer_ratio())
t(lambda: float("inf").as_integer_ratio())
t(lambda: float("nan").as_integer_ratio())
t(lambda: (3.0).is_integer())
t(lambda: (3.5).is_integer())
t(lambda: (1.5).hex())
t(lambda: (0.1).hex())
t(lambda: (-0.0).hex())
t(lambda: float.fromhex("0x1.8p1"))
t(lambda: float.fromhex("-0x1p-1074"))
t(lambda: float.fromhex("inf"))
t(lambda: float.fromhex("zz"))
t(lambda: (5e-324).hex())
t(lambda: (1e308).hex())
t(lambda: (2.0).conjugate())
t(lambda: (2.5).real)
t(lambda: (2.5).imag)
