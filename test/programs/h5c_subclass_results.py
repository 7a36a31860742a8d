# results of operations on int/float/str subclass instances: exact base type or the subclass
class F(float): pass
class I(int): pass
class S(str): pass
for f in [lambda: +F(1.0), lambda: -F(1.0), lambda: abs(F(-1.0)), lambda: abs(F(1.0)), lambda: +I(1), lambda: -I(1), lambda: abs(I(-1)), lambda: abs(I(1)), lambda: ~I(1),
          lambda: F(1.5) * 1, lambda: I(3) * 1, lambda: I(3) // 1, lambda: I(3) << 0, lambda: I(3) >> 0, lambda: I(3) | 0, lambda: round(I(3)), lambda: round(F(2.5), 1),
          lambda: int(I(3)), lambda: float(F(1.0)), lambda: str(S("a")), lambda: S("a")[:], lambda: S("a").strip(), lambda: S("a") * 1, lambda: "%s" % S("a"), lambda: S("ab").replace("z", "y"),
          lambda: S("a").lower(), lambda: S("a").center(1), lambda: S("a").ljust(0), lambda: S("a").zfill(0), lambda: S("a").expandtabs(), lambda: "".join([S("a")]), lambda: S("a") + "", lambda: "" + S("a"),
          lambda: S("a").title(), lambda: S("a").split()[0], lambda: S("a").partition("z")[0], lambda: S("a").removeprefix(""), lambda: S("ab").translate({}), lambda: S("a").casefold(),
          lambda: I(5).conjugate(), lambda: I(5).real, lambda: I(5).numerator, lambda: F(1.5).real, lambda: F(1.5).conjugate(), lambda: I(5).__index__(), lambda: I(5).__int__(), lambda: I(5).__trunc__(), lambda: F(1.5).__float__(),
          lambda: True.real, lambda: (+True), lambda: abs(True), lambda: max(I(1), 0), lambda: pow(I(2), 1), lambda: divmod(I(5), 1)[0], lambda: I(5) + 0]:
    try:
        r = f()
        print(type(r).__name__ if not isinstance(r, tuple) else "tuple", r)
    except Exception as e:
        print(type(e).__name__, e)
