# formatting of subclasses of int/float/str, bool, and __format__/__str__/__repr__ interplay
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

class I(int):
    pass
class I2(int):
    def __repr__(self):
        return "I2!"
    def __str__(self):
        return "I2s"
class F(float):
    pass
class F2(float):
    def __repr__(self):
        return "F2!"
class S(str):
    pass
class S2(str):
    def __str__(self):
        return "S2s"
    def __format__(self, spec):
        return "S2f" + spec
class N:
    def __repr__(self):
        return "N()"
    def __format__(self, spec):
        if spec == "bad":
            raise ValueError("bad spec")
        return "N[" + spec + "]"
class E:
    def __repr__(self):
        return "E()"
for v in [I(5), I2(5), F(2.5), F2(2.5), S("ab"), S2("ab"), True, False, N()]:
    t(lambda: str(v))
    t(lambda: repr(v))
    t(lambda: format(v))
    t(lambda: format(v, ""))
    t(lambda: format(v, ">8"))
    t(lambda: f"{v}")
    t(lambda: f"{v!r}")
    t(lambda: f"{v!s:>6}")
    t(lambda: "{}".format(v))
    t(lambda: "%s" % (v,))
    t(lambda: "%r" % (v,))
    t(lambda: [v])
t(lambda: format(I(255), "#x"))
t(lambda: format(F(2.5), ".3f"))
t(lambda: "%d" % I2(7))
t(lambda: "%x" % I2(255))
t(lambda: "%f" % F2(1.5))
t(lambda: "%.1f" % I(3))
t(lambda: "%s" % S2("q"))
t(lambda: format(N(), "bad"))
t(lambda: f"{N():bad}")
t(lambda: f"{N():{'x'}}")
t(lambda: format(E(), ""))
t(lambda: format(E(), "x"))
t(lambda: f"{E():x}")
t(lambda: "{:x}".format(E()))
t(lambda: format(object(), "5"))
t(lambda: format(object(), "")[:9])
t(lambda: format(True, "5"))
t(lambda: format(True, "<5"))
t(lambda: format(True, "05"))
t(lambda: format(True, "#b"))
t(lambda: format(True, "%"))
t(lambda: format(False, "e"))
t(lambda: format(None, ""))
t(lambda: format(None, "s"))
t(lambda: format(None, ">6"))
t(lambda: format(..., ""))
t(lambda: format(..., "3"))
t(lambda: format((1, 2), ""))
t(lambda: format((1, 2), "10"))
t(lambda: format({1: 2}, "x"))
t(lambda: format(range(3), ""))
t(lambda: int.__format__(5, "03"))
t(lambda: float.__format__(2.5, "e"))
t(lambda: str.__format__("x", "^5"))
t(lambda: object.__format__(E(), ""))
t(lambda: type(format(I(5), "")))
t(lambda: type(str(I(5))))
t(lambda: type(format(S("a"), "")))
t(lambda: type(f"{S('a')}"))
t(lambda: I(5) + 1)
t(lambda: type(I(5) + 1))
t(lambda: type(-I(5)))
t(lambda: type(+F(1.0)))
t(lambda: type(abs(F(-1.0))))
t(lambda: type(S("a") + "b"))
t(lambda: type(S("a") * 2))
t(lambda: type(S("ab")[0]))
t(lambda: type(S("a").upper()))
t(lambda: int(I2(5)))
t(lambda: float(F2(2.5)))
t(lambda: str(S2("z")))
t(lambda: I(10) // 3)
t(lambda: round(F(2.5)))
t(lambda: round(I(25), -1))
t(lambda: type(round(I(25), -1)))
t(lambda: hash(I(5)) == hash(5))
t(lambda: I(5) == 5)
t(lambda: {I(1): "a"}[1])
