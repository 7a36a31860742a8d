data = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 100)]
print(f"{'Name':<10}|{'Price':>8}|{'Qty':^5}|")
for n, p, q in data:
    print(f"{n:<10}|{p:>8.2f}|{q:^5d}|{p*q:10,.1f}|{q:05}|{q:+}|{q:x}|{q:o}|{q:e}|{p:%}|{p:g}")
print("{:*^20}".format(" hi "), "{:>+10.3e}".format(12345.678), "{:<#10x}|".format(255), "{0:b} {0:o} {0:X}".format(3054))
print("{name} is {age} years".format(name="Bob", age=30), "{0} {0!r} {0!s}".format("x"), "{:d}".format(True), "{:.0f}".format(2.5), "{:.0f}".format(3.5))
print("%-10s|%10.3f|%5d|%05.1f|%x|%X|%o|%e|%E|%g|%G|%c|%%|%r" % ("ab", 3.14159, 42, 2.5, 255, 255, 8, 1234.5, 1234.5, 0.0001234, 1e20, "z", [1]))
print("%s and %s" % ("a", "b"), "%(x)s=%(y).2f" % {"x": "pi", "y": 3.14159}, "%5.1s|" % "abc", "%*d" % (5, 42), "%-*d|" % (5, 42), "%i" % 3.9)
print(format(1234567.891, ","), format(1234567.891, "_.2f"), format(0.000012345, ".3g"), format(123456789, ".3g"), format(-0.0, ".1f"), format(float("nan"), ".2f"), format(float("-inf"), "10.1f"))
print(f"{1e-7:.10f}", f"{1/3:.15g}", f"{2**0.5:20.15f}", f"{100:,d}", f"{-1234567:,}", f"{12.5:06.1f}", f"{-12.5:06.1f}", f"{0:.2%}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{'fill':-^10}|{3:=+6}|")
print(repr(1.0), repr(1e16), repr(-0.0), repr(1.23e-5), str(1e-4), 1e300 * 10, -1e300 * 10, 2.0 ** 62, float(2**63))
print(round(1.23456, 2), round(-1.5), round(0.5), round(1.5), round(2.5, 0), round(123.456, -1), round(-0.4), type(round(2.5)), type(round(2.5, 0)))
print(str(123).rjust(6, "0"), "abc".center(8, "-"), "%.2f%%" % 45.678, "{:.1%}".format(0.4567))
import string
print(string.Template("Hi $name, you owe $$${amt}").safe_substitute(name="Al"), "{:>{w}.{p}f}".format(3.14159, w=10, p=2))
print("{0[a]} {0[b][1]} {1.imag}".format({"a": 1, "b": [5, 6]}, 3))
print(f"{'nested {x}'}", f"{{literal}}", f"{[1, 2][0]}", f"{ {'a': 1}['a'] }", f"{(lambda: 5)()}", f"{'abc'[::-1]}")
