# str.format / format() on ints: fill, align, sign, #, 0, width, grouping, types
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

vals = [0, 1, -1, 7, 42, -42, 255, -255, 1234567, -1234567, 10**20, -(10**20), 2**64 - 1]
specs = ["", "d", "5d", "<8d", ">8d", "^8d", "^9d", "*^9d", "+d", "-d", " d", "+08d", "08d",
         "=+10d", "x", "X", "#x", "#X", "#010x", "o", "#o", "b", "#b", "#010b", ",", "_",
         ",d", "_d", "_x", "_b", "_o", "#_x", "012,d", "012_d", "+,d", "n", "e", "E", ".2e",
         "f", ".3f", "g", "G", "%", ".1%", "10.2f", "c"]
for v in vals:
    for s in specs:
        if s == "c" and (v < 0 or v > 0x10ffff):
            continue
        t(lambda: format(v, s))
for s in ["s", ".2d", ",x", ",b", "_c", ",n", "z", "=d", "#c", "+c"]:
    t(lambda: format(42, s))
t(lambda: format(True, ""))
t(lambda: format(True, "d"))
t(lambda: format(False, ">5"))
t(lambda: format(True, "x"))
t(lambda: format(True, "s"))
t(lambda: format(True, "^7"))
t(lambda: format(True, ".3f"))
t(lambda: "{:0>5}".format(-3))
t(lambda: "{:0<5}".format(-3))
t(lambda: "{:0=5}".format(-3))
t(lambda: "{:05}".format(-3))
t(lambda: "{:x<5d}".format(3))
t(lambda: "{:,}".format(1234567890123456789012345678901234567890))
t(lambda: "{:_b}".format(2**40))
t(lambda: "{:#_o}".format(8**9))
t(lambda: "{:>+#012_x}".format(-0xdeadbeef))
t(lambda: "{:c}".format(65))
t(lambda: "{:c}".format(0x110000))
t(lambda: "{:c}".format(-1))
t(lambda: "{:10c}".format(9731))
t(lambda: format(5, "\u00e9^7"))
t(lambda: format(12345, ".0e"))
t(lambda: format(-12345, "+.10g"))
t(lambda: format(2**100, "e"))
t(lambda: format(2**100, "g"))
t(lambda: format(2**100, ".30f"))
t(lambda: format(10**25, "%"))
t(lambda: format(12, "0"))
t(lambda: format(12, "00"))
t(lambda: format(12, "0x"))
t(lambda: format(12, "1,"))
t(lambda: format(12, ",_"))
t(lambda: format(12, "_,"))
t(lambda: format(12, "d,"))
t(lambda: format(12, "xx"))
t(lambda: format(12, "10000000000000000000000"))
t(lambda: format(12, ".x"))
