# strings holding characters outside the BMP: len, iteration, indexing, slicing count code points
s = "a😀b🎉c"
print(len(s), s[1], s[1:2], s[1:], s[:2], s[::-1], s[::2], list(s), s[-2], s[-1], s[3], s.split("😀"), s.replace("😀", "X"), s.upper())
for c in s:
    print(c, len(c), ord(c), end=" | ")
print()
print("😀😀x"[1:], "😀😀x"[2], "x😀"[-1:], "😀" in "x😀y", list(reversed("ab😀")), sorted("b😀a"), tuple("🎉x"), set("😀😀") == {"😀"})
print([ch for ch in "x😀y" if ch != "x"], "".join(reversed("😀ab")), dict(enumerate("😀a")), list(zip("😀b", "12")))
try:
    "😀"[1]
except IndexError as e:
    print(e)
words = ["héllo", "wörld", "😀 smile"]
print([w[0] for w in words], [w[-1] for w in words], [len(w) for w in words])
print(s.center(9, "*"), s.ljust(7, "-") + "|", s.rjust(7) + "|", "😀".zfill(3), f"{s:>8}|{s:^9}|{s:.2}|", "%-7s|" % s, "x".center(5, "😀"))
for bad in [lambda: "x".center(5, "ab"), lambda: "x".ljust(5, ""), lambda: "x".center(5, 1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
