# format() on floats with every presentation type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1e16, 1.5e-7, 123456.789, 1e100,
        -1e-100, 5e-324, 1.7976931348623157e308, float("inf"), float("-inf"), float("nan"), 0.5, 1234.5]
specs = ["", "e", "E", ".0e", ".3e", "f", "F", ".0f", ".2f", ".10f", "g", "G", ".0g", ".1g",
         ".3g", ".17g", "#g", "#.3g", "#.0f", "#.0e", "%", ".2%", "n", "10.3f", "<12.2e", "^12g",
         "+g", " f", "012.3f", "+012.3f", ",.2f", "_.2f", ",", ",g", "020,.2f", "r" if False else "", ".3", ".1", "#", "010", "z.1f" if False else "g"]
for v in vals:
    for s in specs:
        t(lambda: format(v, s))
t(lambda: format(1.5, "d"))
t(lambda: format(1.5, "x"))
t(lambda: format(1.5, "c"))
t(lambda: format(1.5, "s"))
t(lambda: format(1.5, "=10"))
t(lambda: format(-1.5, "*=+10.2f"))
t(lambda: format(1e22, ".30g"))
t(lambda: format(1e22, "f"))
t(lambda: format(123456789.0, ".5"))
t(lambda: format(0.0001, ""))
t(lambda: format(0.00001, ""))
t(lambda: format(1e15, ""))
t(lambda: format(1e16, ".3"))
t(lambda: format(12.0, ".3"))
t(lambda: format(12.0, ".1"))
t(lambda: format(float("nan"), "+"))
t(lambda: format(float("-nan"), ""))
t(lambda: format(float("inf"), "010"))
t(lambda: format(float("inf"), "E"))
t(lambda: format(float("nan"), "F"))
t(lambda: format(float("nan"), "%"))
t(lambda: format(2.675, ".2f"))
t(lambda: format(0.125, ".2f"))
t(lambda: format(0.375, ".2f"))
t(lambda: format(1e-5, ".3g"))
t(lambda: format(1e-4, ".3g"))
t(lambda: format(123456, ".3g"))
t(lambda: format(999.9999, ".3g"))
t(lambda: format(9.9999, ".2e"))
t(lambda: format(0.1, ".60f"))
t(lambda: format(1/3, ".25e"))
