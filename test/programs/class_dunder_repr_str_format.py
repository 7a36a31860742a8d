# __repr__, __str__, __format__ and how print/str/repr/format/f-strings use them.
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def __format__(self, spec):
        if spec == "short":
            return f"{self.amount:g}{self.currency[0]}"
        if spec:
            return format(self.amount, spec) + " " + self.currency
        return str(self)


m = Money(12.5)
print(m)
print(repr(m), str(m), [m], (m,), {"k": m})
print(f"{m} | {m!r} | {m:short} | {m:>10.1f} | {m!s:>15}|")
print(format(m, "short"), "{:short}".format(m), "{!r}".format(m), "%s and %r" % (m, m))


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only-str"


print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
print(OnlyStr(), f"{OnlyStr()}", repr(OnlyStr()).startswith("<__main__.OnlyStr object"))
try:
    format(OnlyStr(), "10")
except TypeError as e:
    print(type(e).__name__, e)


class BadRepr:
    def __repr__(self):
        return 5


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"{type(self).__name__}(x={self.x}, y={self.y})"


class Point3(Point):
    pass


print(Point(1, 2), Point3(3, 4), [Point(0, 0)])
print("%d items at %.1f%% cost %s" % (3, 12.345, "low"), "%5s|%-5s|%05d" % ("a", "b", 42))
print("%x %o %e %g %c %r" % (255, 8, 1234.5, 0.0001, 65, "q"), "%(name)s=%(v)d" % {"name": "n", "v": 1})
print(repr(1.5), str(1.5), repr("s"), str("s"), repr(None), str(None), repr([None]))
print(ascii(Money(1, "€")), ascii("plain"), repr("€"))
print(str(True), repr(False), str(...), repr(NotImplemented), str(int), str(Point).startswith("<class"))
print(repr(int), repr(str), repr(type), repr(object), repr(Point))
print(repr(len), repr(ValueError), repr(print))
