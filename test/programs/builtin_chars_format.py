# ascii, repr, chr, ord, format, bin/hex/oct used for text processing.
text = "Grüße, 世界! \t\n\x00"
print(repr(text))
print(ascii(text))
print(ascii(["ä", ("ß",), {"€": 1}]), ascii(123), ascii(None))
print([ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(97, 103)))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar)
print(format(42), format(42, "d"), format(42, "5"), format(42, "<5") + "|", format(42, "^7") + "|")
print(format(3.14159, ".3f"), format(1e6, ",.0f"), format(0.5, "%"), format(1 / 3, ".4g"), format(12345678, "e"))
print(format("text", ">10"), format("text", "*<8"), format(255, "x"), format(255, "#X"), format(5, "03"))
print(format(True), format(None), format(-7, "+"), format(7, " "), format(1.0), format(1e20))
print(format(123.456, "10.2f") + "|", format(-123.456, "<10.1f") + "|", format(0.0001234, "g"))
print(format(1234.5, "_.1f"), format(10 ** 10, ","), format(2 ** 16, "#b"), format(8, "#o"))
print(format(12.0, "g"), format(1.5e-10, "g"), format(100000.0, "g"), format(1e16, "g"), format(123456789.0, "g"))
print(format(0.1, ".20f"), format(2.5, ".0f"), format(3.5, ".0f"), format(-0.0, ".1f"))
print(format(float("inf"), "f"), format(float("nan"), ">5"), format(float("-inf"), "e"))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
for n in (0, 5, 255, -1, 2 ** 40):
    print(f"{n:>14} {bin(n):>44} {hex(n):>12} {oct(n):>16}")
table = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 4.0, 1)]
print(f"{'item':<12}{'price':>8}{'qty':>5}")
for item, price, qty in table:
    print(f"{item:<12}{price:>8.2f}{qty:>5d}")
print("-" * 25)
print(f"{'total':<12}{sum(p * q for _, p, q in table):>8.2f}")
