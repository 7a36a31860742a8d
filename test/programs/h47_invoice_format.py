# gilvm-nogil: --workers 2
"""Invoice renderer: the format mini-language, rounding and column layout."""

LINES = [
    ("Widget, large", 3, 19.99, 0.0),
    ("Gadget", 12, 4.5, 0.1),
    ("Thingamajig (deluxe edition)", 1, 1234.5, 0.25),
    ("Screws x100", 250, 0.035, 0.0),
    ("Consulting hour", 7.5, 120, 0.05),
]
TAX = 0.0825

head = "{:<24} {:>7} {:>10} {:>6} {:>12}".format("Item", "Qty", "Price", "Disc", "Total")
print(head)
print("=" * len(head))
subtotal = 0.0
for name, qty, price, disc in LINES:
    total = qty * price * (1 - disc)
    subtotal += total
    short = name if len(name) <= 24 else name[:21] + "..."
    qty_s = f"{qty:g}" if isinstance(qty, float) else f"{qty:d}"
    print(f"{short:<24} {qty_s:>7} {price:>10,.2f} {disc:>6.0%} {total:>12,.2f}")
tax = subtotal * TAX
print("-" * len(head))
for label, value in (("Subtotal", subtotal), ("Tax {:.2%}".format(TAX), tax), ("TOTAL", subtotal + tax)):
    print("{label:>{w}} {value:>12,.2f}".format(label=label, value=value, w=len(head) - 13))

# rounding behaviour
print([round(x, 2) for x in (2.675, 1.005, 0.125, 0.375, 2.5, -0.5)])
print([round(x) for x in (0.5, 1.5, 2.5, -1.5, -2.5)], round(1234.5678, -2), round(15, -1), round(25, -1))
print(round(-0.0001, 2), round(7, 0), type(round(7.0)), type(round(7.0, 0)))
print("%.2f|%8.3f|%-8.1f|%+d|%05d|%x|%#o|%e|%g|%G" % (2.675, 3.14159, 2.0, 5, 42, 255, 8, 12345.678, 0.00001234, 1e20))
print("%s and %r and %%" % ("str", "repr"), "%(a)s-%(b)04d" % {"a": "key", "b": 7})
print("%c%c%c" % (72, "i", 33), "%10.4s|" % "abcdefg", "%-6s|%6s|" % ("ab", "cd"))

# format specs
n = 1234567.891
print(f"{n:,}", f"{n:_.1f}", f"{n:e}", f"{n:.3e}", f"{n:g}", f"{n:.10g}", f"{n:%}")
print(f"{-n:+,.0f}", f"{n: .2f}", f"{n:=+15,.2f}", f"{n:*^20.1f}", f"{n:015.2f}")
print(f"{255:b}", f"{255:#b}", f"{255:o}", f"{255:#x}", f"{255:#X}", f"{255:08b}", f"{-255:#x}")
print(f"{1234567:,d}", f"{1234567:_x}", f"{10**20:,}", f"{-5:03}", f"{5:+}", f"{5: }")
print(f"{'left':<10}|", f"{'right':>10}|", f"{'mid':^10}|", f"{'mid':-^11}|", f"{'x':=>4}")
print(f"{3.0:g}", f"{3.0:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{2.5:.0f}", f"{1e-7:g}", f"{1e16:g}")
print(f"{float('inf'):>8}", f"{float('-inf'):f}", f"{float('nan'):^7}|", f"{1e300*1e10:,.2f}")
print(format(0.1, ".20f"), format(1/3, ".17g"), format(2**0.5, "r") if False else repr(2**0.5))
print(format(12, "c"), format(True, "d"), format(True), format(None), format(3, "n"), format(1e5, "n"))
w, p = 12, 3
print(f"{3.14159265:{w}.{p}f}|", f"{'nest':{'^'}{w}}|", "{0:{1}{2}}".format(42, ">", 6))
print("{0[0]}-{0[1]}-{1[k]}-{2.real}".format(("a", "b"), {"k": "v"}, 5))
print("{!r:>8}|{!s:<6}|{!a}".format("hi", 7, "é"))
print("{{literal}} {} {}".format(1, 2), "{1}{0}{1}".format("a", "b"))
cells = [["id", "name", "score"], [1, "alpha", 93.456], [22, "beta", 7.1], [333, "gamma", 100]]
widths = [max(len(str(row[i])) for row in cells) for i in range(3)]
for row in cells:
    print(" | ".join(f"{c!s:{'>' if isinstance(c, (int, float)) else '<'}{w}}" for c, w in zip(row, widths)))
for bad in ["{:d}".format, "{:,s}".format, "{:=s}".format]:
    try:
        print(bad("x") if bad.__self__ != "{:d}" else bad(1.5))
    except ValueError as e:
        print("ValueError:", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{name}".format(nom=1)
except KeyError as e:
    print("KeyError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
