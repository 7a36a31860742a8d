# gilvm-nogil: --workers 2
# str.startswith / endswith / count / find with start and end (negative, past the end, None),
# tuples of prefixes and empty needles, on ASCII, Latin-1 and astral strings: the unit fast
# paths (now taking start/end) must agree with CPython's ADJUST_INDICES and tailmatch.
strs = ["", "a", "abc", "abcabc", "aaaa", "héllo", "x😀y😀", "😀"]
needles = ["", "a", "ab", "abc", "c", "aa", "😀", "y😀", "lo", "bca", ("a", "c"), ("zz", ""), (), ("q", "bc")]
bounds = [(), (None,), (None, 2), (-100,), (-3, -1), (-1,), (0, 0), (1,), (1, 3), (2, 100), (3, 2), (5,), (6, 6), (100,), (0, -100)]
lines = []
for s in strs:
    for p in needles:
        row = []
        for b in bounds:
            r = f"{s.startswith(p, *b):d}{s.endswith(p, *b):d}"
            if isinstance(p, str):
                r += f"{s.count(p, *b)}{s.find(p, *b):+d}{s.rfind(p, *b):+d}"
            row.append(r)
        lines.append(" ".join(row))
checksum = 0
for i, line in enumerate(lines):
    checksum = (checksum * 131 + sum(ord(c) * (j + 1) for j, c in enumerate(line))) % 1000000007
print(len(lines), checksum)
for line in lines[30:36]:
    print(line)
for bad in [lambda: "abc".startswith(("a", 1)), lambda: "abc".startswith((1, "a")), lambda: "abc".startswith(1),
            lambda: "abc".endswith(["a"]), lambda: "abc".count(1), lambda: "abc".startswith("a", 1.5),
            lambda: "abc".count("a", "x")]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
print("aXbX".count("X", True), "abc".startswith("b", True), "abc".endswith("b", None, -1))
