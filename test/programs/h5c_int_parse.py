# int() and float() from strings: spaces, underscores, signs, bases
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["0", "-0", "+0", " 12 ", "\t-7\n", "1_000", "1__000", "_1", "1_", "+-1", "--1", "0x10", "010", "00",
          "000", "0_0", "1e3", "1.0", "", " ", "\u0661\u0662", "\uff11\uff12", "12a", "+ 1", "1 2", "99999999999999999999999",
          "-99999999999999999999999", "\u00a012\u00a0", "0b1", "٣"]:
    t(lambda: int(s))
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("017", 0), ("0", 0),
             ("00", 0), ("0_0", 0), ("0x_ff", 0), ("0x_f_f", 16), ("z", 36), ("Z", 36), ("10", 2), ("12", 2),
             ("-0b11", 0), (" -0x1F ", 0), ("1_0", 0), ("10", 1), ("10", 37), ("10", -1), ("0b", 0), ("0x", 16),
             ("07", 8), ("0o7", 8), ("0b1", 16), ("0B1", 0), ("0X1", 0), ("0O1", 0), ("1", 0), ("01", 0), ("", 10),
             ("zzzzzzzzzzzzzzzz", 36), ("-", 10), ("+", 10)]:
    t(lambda: int(s, b))
t(lambda: int(12, 10))
t(lambda: int("12", 10.0))
t(lambda: int("12", base=8))
t(lambda: int(base=8))
t(lambda: int())
t(lambda: int(None))
t(lambda: int([1]))
t(lambda: int(3.99))
t(lambda: int(-3.99))
t(lambda: int(1e20))
t(lambda: int(float("inf")))
t(lambda: int(float("-inf")))
t(lambda: int(float("nan")))
t(lambda: int(True))
t(lambda: int("  +1_2_3  "))
t(lambda: int(b"12"))
t(lambda: int("1" * 5000))
for s in ["1", " 1.5 ", "-1.5e3", "+.5", "5.", ".", "1e", "e1", "1_0.5", "1_0.5_1", "1._5", "1e1_0", "inf", "-inf",
          "+inf", "INF", "Infinity", "-infinity", "iNfInItY", "nan", "-nan", "NaN", "+nan", "nanx", "infi", "1e500",
          "-1e500", "1e-500", "0x10", "", "  ", "1,5", "١.٥", "1__0", "_1.0", "1.0_", "0.000_1", "1E+2", "1e-2",
          "\u20071.25\u2007", "4.9e-324", "2.4e-324", "1.7976931348623159e308", "9" * 400]:
    t(lambda: float(s))
t(lambda: float(None))
t(lambda: float([]))
t(lambda: float(10**400))
t(lambda: float(2**1023 * 2 - 1))
t(lambda: float(True))
t(lambda: float(-0))
t(lambda: float("-0"))
t(lambda: float())
t(lambda: int("١٢٣", 16))
t(lambda: int("0" * 50 + "1"))
t(lambda: int(" 0x", 16))
