# gilvm-nogil: --workers 2
# printf-style % formatting (test_format.py): flags, width/precision, *, mapping keys, every conversion, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
cases = [("%d", 42), ("%5d", -42), ("%-5d|", 42), ("%05d", -42), ("%+d", 5), ("% d", 5), ("%x", 255), ("%#x", 255), ("%X", 255), ("%#X", 255), ("%o", 8), ("%#o", 8),
         ("%e", 12345.678), ("%E", 0.000123), ("%.2e", 1.5), ("%g", 1e-5), ("%g", 123456789.0), ("%G", 1e-10), ("%#g", 1.0), ("%.3g", 3.14159), ("%f", 1.5), ("%.0f", 2.5), ("%.1f", 0.05), ("%10.3f|", -3.14159), ("%-10.2f|", 3.14159), ("%+.2f", 0.0), ("%F", float("inf")),
         ("%s", "hi"), ("%r", "hi"), ("%a", "é"), ("%5s|", "ab"), ("%-5s|", "ab"), ("%.1s", "xyz"), ("%c", 65), ("%c", "z"), ("%%", ()), ("%i", 3.9), ("%d", 3.9), ("%x", True), ("%s", None), ("%r", [1, "a"]),
         ("%u", 7), ("%.3d", 5), ("%8.3d|", -5), ("%#.3o", 8), ("%d", 10**30), ("%x", -(2**70)), ("%.3x", 1), ("%s", (1,)), ("%e", 0), ("%g", 100000), ("%g", 1000000), ("%.15g", 0.1), ("%.17g", 0.1), ("%5%|", ())]
for fmt, v in cases:
    t(lambda: fmt % v)
t(lambda: "%s %s" % (1, 2)); t(lambda: "%s" % ((1, 2),)); t(lambda: "%s" % [1, 2]); t(lambda: "%(a)s-%(b)d" % {"a": "x", "b": 3}); t(lambda: "%(a)s %(a)r" % {"a": "q"})
t(lambda: "%*d|" % (5, 3)); t(lambda: "%-*d|" % (5, 3)); t(lambda: "%.*f" % (2, 3.14159)); t(lambda: "%*.*f|" % (8, 1, 2.25)); t(lambda: "%*d" % (-4, 1))
t(lambda: "%s %s" % (1,)); t(lambda: "%s" % (1, 2)); t(lambda: "%d" % "a"); t(lambda: "%x" % 1.5); t(lambda: "%c" % "ab"); t(lambda: "%c" % -1); t(lambda: "%c" % 0x110000); t(lambda: "%(a)s" % (1,)); t(lambda: "%(a)s" % {"b": 1})
t(lambda: "%y" % 1); t(lambda: "%" % ()); t(lambda: "abc" % 1); t(lambda: "abc" % ()); t(lambda: "abc" % []); t(lambda: "abc" % {}); t(lambda: "%d" % None); t(lambda: "%f" % "1"); t(lambda: "%*d" % ("a", 1)); t(lambda: "%.*f" % (1,))
t(lambda: "%s %(a)s" % {"a": 1}); t(lambda: "%(a" % {"a": 1}); t(lambda: "%d %d" % [1, 2]); t(lambda: "%i" % float("nan")); t(lambda: "%d" % float("inf"))
class S:
    def __str__(self): return "S!"
    def __repr__(self): return "R!"
class Ix:
    def __index__(self): return 65
class In:
    def __int__(self): return 3
t(lambda: "%s %r %a" % (S(), S(), S())); t(lambda: "%x %c %o" % (Ix(), Ix(), Ix())); t(lambda: "%d" % Ix()); t(lambda: "%d" % In()); t(lambda: "%x" % In()); t(lambda: "%f" % Ix())
t(lambda: "%s" % b"ab"); t(lambda: "%-+8.3f|" % 2.5); t(lambda: "%0-8d|" % 7); t(lambda: "% 05d" % 7); t(lambda: "%+ d" % 7); t(lambda: "%#5x|" % 10); t(lambda: "%#05x" % 10); t(lambda: "%#.0e" % 3.0); t(lambda: "%#.0f" % 3.0)
t(lambda: "%.60f" % 1.0); t(lambda: "%.2f%%" % 99.5); t(lambda: "%s and %s" % ("a", "b")); t(lambda: "%3c|" % "x"); t(lambda: "%-3c|" % 120)
x = 5
x %= 3
print(x, "%s" % "x" * 2, "%d items" % 3 + "!")
