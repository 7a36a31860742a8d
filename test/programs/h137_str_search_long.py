# gilvm-nogil:
# forward searches over long strings (in, find, index, count, split, replace, partition)
# past the inline scan: the first unit is found by a native indexOf over the remaining range,
# which must respect start/end bounds, multi-unit needles and surrogate pairs
for n in (0, 1, 31, 32, 33, 64, 100, 1000):
    s = "x" * n + "y" + "z" * n
    print(n, "y" in s, s.find("y"), s.find("yz"), s.find("y", n + 1), s.find("y", 0, n), s.find("y", 0, n + 1),
          s.count("y"), s.count("z"), s.find("q"), "yq" in s, s.find("zz", n), s.index("y"), s.partition("y")[0] == "x" * n)
long = ("abc" * 40 + "|") * 5
print(long.count("|"), long.split("|")[2] == "abc" * 40, long.find("|", 200), long.replace("|", "#").count("#"), long.find("c|a"), long.find("|", 0, 120), long.find("|", 0, 121))
emoji = "a" * 50 + "\U0001F600" + "b" * 50 + "\ud83d"
print(emoji.find("\U0001F600"), emoji.find("b"), "\ud83d" in emoji[:60], len(emoji), emoji.find("b" * 50))
text = "the " + "q" * 200 + " end"
print(text.find("end"), text.find("qe"), text.find("q "), text.index(" end"), text.split(), [len(p) for p in text.split("q" * 100)])
try:
    ("x" * 100).index("y")
except ValueError as e:
    print(e)
