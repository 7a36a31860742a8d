from collections import namedtuple

Item = namedtuple("Item", "sku name qty price")
stock = [
    Item("A-100", "widget", 1250, 2.5),
    Item("B-7", "gadget extraordinaire", 3, 1999.99),
    Item("C-42", "doohickey", 0, 0.125),
    Item("D-1", "thingamajig", 987654, 0.0001),
    Item("E-5", "gizmo", 42, 12345.678),
]
total = sum(i.qty * i.price for i in stock)
print(f"{'SKU':<6}|{'Name':^14}|{'Qty':>9}|{'Price':>12}|{'Share':>8}")
print("-" * 53)
for it in sorted(stock, key=lambda i: (-i.qty * i.price, i.sku)):
    name = it.name if len(it.name) <= 14 else it.name[:11] + "..."
    share = it.qty * it.price / total
    print(f"{it.sku:<6}|{name:^14}|{it.qty:>9,}|{it.price:>12,.2f}|{share:>8.2%}")
print(f"{'total':<6}|{'':^14}|{sum(i.qty for i in stock):>9_}|{total:>12,.2f}|")
for it in stock:
    print(f"{it.price:e} {it.price:.3g} {it.price:g} {it.price:10.4E} {it.qty:#x} {it.qty:#o} {it.qty:b}")
print(f"{3.14159:+.2f} {-3.14159: .2f} {42:+05d} {42:=+8d} {'x':*^9} {7:03} {1e20:g} {1.5e-7:g}")
print(f"{123456789:,d} {0.5:%} {1/3:.0%} {2/3:.1f} {1e16:,.0f} {-0.0:.1f} {float('inf'):>6} {float('nan'):<5}|")
print("{:>{w}.{p}f}|{:<{w}}|{!r:^10}".format(3.14159, "ab", "q", w=8, p=3))
print("%5s|%-6d|%06.2f|%x|%r|%%|%c" % ("ab", 42, 3.14159, 255, "hi", 65))
print("%(name)s has %(qty)d" % {"name": "widget", "qty": 5})
names = [i.name for i in stock]
print(" ".join(n.title() for n in names), names[1].split(), names[1].upper().center(25, "."))
print([n.zfill(8) for n in ("42", "-42", "+7")], "a,b,,c".split(","), "a b  c".split(None, 1))
print("hello world".replace("o", "0", 1), "  pad  ".strip(), "xxhixx".strip("x"), "abc".rjust(6, "-"))
print("Hello".swapcase(), "hello world".capitalize(), "ab12".isalnum(), "12".isdigit(), "".isdigit())
print("mississippi".count("ss"), "mississippi".find("ss", 3), "mississippi".rfind("ss"), "mississippi".index("pp"))
print("a-b-c".rpartition("-"), "a-b-c".rsplit("-", 1), "line1\nline2\r\nline3".splitlines())
print(stock[0]._replace(qty=7), stock[2]._asdict(), Item._fields, Item._make(["Z", "z", 1, 1.0]))
print(f"{stock[0]!r:.20}", f"{stock[0].name!s:>10}", f"{'é'!a}", f"{total=:.1f}", f"{len(stock) = }")
print(format(1234.5, ",.1f"), format(255, "08b"), format(-17, "x"), format(3, "c") == chr(3), format(0.1, ".17g"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), round(3.14159, 3))
