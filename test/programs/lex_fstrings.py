# f-strings: nested expressions, conversions, format specs with nested fields, `=`.
name = "World"
pi = 3.14159265
n = 42
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{name!r} {name!s} {name!a} {'café'!a} {'café'!r}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:^10.2f}| {pi:e} {pi:g}")
print(f"{n:5d}|{n:<5d}|{n:^5}|{n:>05}|{n:+d}|{-n:+d}|{n: d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b} {n:08b}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {0.25:%} {0.256:.1%}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:*^{width}}]")
print(f"[{name:{'>'}{width}}]")
print(f"{n=} {pi=:.3f} {name=!s} {items[1] + 1 = }")
print(f"{items[0]} {items[-1]} {len(items)} {sum(x * 2 for x in items)}")
print(f"{ {'a': 1}['a'] } {{literal braces}} {{{n}}}")
print(f"{'nested ' + f'{n:>4}'}")
print(f"{n if n > 40 else 0} {(lambda x: x * 2)(n)}")
print(f'''triple {name}
second line {n}''')
print(rf"raw \n {name}", fr"{n}\t")
d = {"key": "value"}
print(f"{d['key']} {d!r}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
print(f"{3.0:.0f} {2.5:.0f} {0.5:.0f} {1e20:.3g} {123456789.0:.3e}")
print(f"{'abc':.2} {'abc':5.1}|")
print(f"{True} {None} {True:d} {False:>6}")
print(f"{-0.0} {float('inf'):>6} {float('nan')}")
print(f"{n:{'x' if n > 10 else 'd'}}")
print(format(255, "#06x"), format(3.5, "08.2f"), format("x", "^5"), format(12))
print("{} {} {}".format(1, "two", 3.0))
print("{0}{1}{0} {name}".format("a", "b", name="kw"))
print("{:>6.2f}|{!r:>8}|{x[1]}".format(2.345, "s", x=[0, 9]))
