# gilvm-nogil: --workers 2
# str find/index/rfind/rindex/count/startswith/endswith on strings with astral characters:
# indices and start/end arguments count code points, as in CPython.
s = "a😀b😀c"
print(s.find("b"), s.index("c"), s.rfind("😀"), s.count("😀"), s.rindex("a"))
print(s.find("b", 2), s.find("c", -1), s.split("😀"), s.partition("b"), s.rpartition("😀"))
print(s.startswith("b", 2), s.endswith("😀", 0, 4), s.replace("😀", "-"), s.center(9, "*"))
print(len(s), s[1], s[::-1], s.upper(), list(s)[:3], s.expandtabs(), repr(s))
print(s.ljust(8, "😀"), s.zfill(8), "x\ty😀".expandtabs(4), s.strip("a😀"), s.lstrip("a"))
print("😀😀x".find("x"), "😀😀x".index("x", 1), "ab😀cd".find("cd", 0, 5), "ab😀cd".find("cd", 0, 4))
t = "😀x😀y😀"
print(t.count("😀", 1), t.count("😀", 1, 4), t.count("", 2), t.find("", 5), t.find("", 6), t.rfind("", 2, 4))
print(t.rfind("😀", 0, 4), t.rindex("x", -4), t.index("y", -3, -1), t.find("y", -2), t.startswith(("q", "x"), 1))
print(t.endswith("y", 0, -1), t.endswith("y😀", 2), t.startswith("😀", 2), [t.find(c) for c in t])
for bad in ("q",):
    try:
        t.index(bad, 1)
    except ValueError as e:
        print(e)
print("é😀é".find("é", 1), "é😀é".rfind("é"), "\u00e9\U0001F600".index("\U0001F600"))
print("😀".count(""), "a😀".count("", 1), "😀😀".count(""))
