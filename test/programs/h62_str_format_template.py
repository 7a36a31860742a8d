# str.format: the same format string used many times (parsed once), every kind of field,
# and the errors in CPython's order (fields before a bad part are rendered first).
class Loud:
    def __init__(self, name):
        self.name = name
    def __format__(self, spec):
        print("format", self.name, repr(spec))
        return self.name.upper() + spec
    def __repr__(self):
        return f"Loud({self.name!r})"
    def __str__(self):
        return "str-" + self.name

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class MyInt(int):
    def __format__(self, spec):
        return "MyInt<" + spec + ">"

class MyStr(str):
    pass

class MyFloat(float):
    pass

rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 144, 12.125), ("kiwi", -7, -3.14159)]
for name, qty, price in rows:
    print("{:<10}|{:>5d}|{:8.2f}|{!r}|{}".format(name, qty, price, name, qty * price))
    print("{0} {0} {1:^9} {2:+.3e}".format(name, qty, price))
    print("{n:>8} x{q:03} = {t:,.1f}".format(n=name, q=qty, t=qty * price * 1000))

for v in [0, 1, -1, 7, 255, 2**40, -2**70, True, False, 3.0, -0.0, 1e-7, 1e22, float("inf"), float("nan"), "txt", None, [1, 2], (3,), {"a": 1}]:
    print("[{}] [{!s}] [{!r}] [{!a}]".format(v, v, v, v))

for v in [255, -42, 2**33]:
    print("{:x} {:X} {:#o} {:b} {:,} {:_} {:+} {: } {:08.3f} {:e} {:%}".format(v, v, v, v, v, v, v, v, v, v, v))

for x in [0.005, 0.015, 0.025, 2.675, 1.0005, 123456.789, 1e15, 9.995, -9.995, 0.5, 1.5, 2.5, 1e-10]:
    print("{:.0f} {:.1f} {:.2f} {:.3f} {:.6f} {:.10f} {:.15f} {:.20f}".format(x, x, x, x, x, x, x, x))
    print("%.0f %.1f %.2f %.3f %.6f %.12f" % (x, x, x, x, x, x), f"{x:.2f} {-x:.4f} {x:10.3f}")

print("{:>10}|{:<6}|{:^7}|{:*^9}".format(MyStr("ms"), Loud("l"), MyInt(5), MyFloat(2.5)))
print("{0.x},{0.y} {1[0]} {1[1]} {2[k]}".format(Point(1, 2), [10, 20], {"k": "v"}))
print("{:{w}.{p}f}|{:>{w}}".format(3.14159, "r", w=9, p=3))
print("{{literal}} {} }}{{ {}".format(1, 2))
print("{:s}".format(MyStr("sub")), "{!s:>6}".format(Loud("q")), "{!r:>14}".format(Loud("q")))
print("{}".format("é"), "{!a}".format("é☃"), "{:>4}".format("☃"))
print("".format(), "plain".format(1, 2, k=3))
tmpl = "{} + {} = {}"
print(" ".join(tmpl.format(i, i, i + i) for i in range(6)))
print("{a}{b}{a}".format(a="x", b="y"), "{0}{1}{0}".format("p", "q"))

def attempt(fmt, *args, **kwargs):
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)

attempt("{} {}", 1)
attempt("{0} {}", 1, 2)
attempt("{} {0}", 1, 2)
attempt("{x}", y=1)
attempt("{", 1)
attempt("}", 1)
attempt("{} }", 1)
attempt("{} {", 1)
attempt("{!}", 1)
attempt("{!x}", 1)
attempt("{!rr}", 1)
attempt("{:d}", "s")
attempt("{:s}", 1)
attempt("{:.2f}", "s")
attempt("{:,d}", 1.5)
attempt("{:z}", 1)
attempt("{:=^}", "s")
attempt("{0[}", [1])
attempt("{0.}", [1])
attempt("{0]}", [1])
attempt("{:{}}", 1)
attempt("{:{:{}}}", 1, 2, 3)
attempt("{0.missing}", 1)
attempt("{0[5]}", [1])
attempt("{} {} {:{}}", Loud("a"), Loud("b"), Loud("c"))
attempt("{} then bad }", Loud("first"))
attempt("{:>5} {!z}", Loud("before"), 2)
attempt("{} {x}", Loud("one"), y=2)
attempt("{:d}", True)
attempt("{:c}", 65)
attempt("{:%}", 0.25)
attempt("{}", MyInt(3))
attempt("{:x>5}", MyInt(3))
m = {"who": "map", "n": 3}
print("{who} has {n:03}".format_map(m))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{who} and {other}".format_map(Default(who="x")))
try:
    "{0}".format_map({})
except Exception as e:
    print(type(e).__name__, e)
