# gilvm-nogil: --workers 2
# more str behaviour: Unicode case mapping and predicates, split/find edge ranges, %-formatting and format() corners, format_map with __missing__, ordering of strings.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: "ß".title()); t(lambda: "ﬃ".title()); t(lambda: "ǳ".upper()); t(lambda: "ǳ".title()); t(lambda: "Σ".lower()); t(lambda: "ΑΣ".lower()); t(lambda: "ΑΣ Σ".lower()); t(lambda: "İstanbul".lower()); t(lambda: "ŉ".upper())
t(lambda: "hello world".title()); t(lambda: "o'neil mc-donald 3rd".title()); t(lambda: "ABC".istitle()); t(lambda: "Ab Cd".istitle()); t(lambda: "A1b".istitle())
t(lambda: "  ".isspace()); t(lambda: "\u00a0".isspace()); t(lambda: "\u200b".isspace()); t(lambda: "\x1c".isspace()); t(lambda: "Ⅻ".isnumeric()); t(lambda: "Ⅻ".isdigit()); t(lambda: "①".isdigit()); t(lambda: "①".isdecimal()); t(lambda: "ǅ".istitle()); t(lambda: "ǅ".isupper())
t(lambda: "a".zfill(-1)); t(lambda: "abc".rjust(5, "é")); t(lambda: "x".center(4, "ab"))
t(lambda: "a b\tc\nd".split(" ")); t(lambda: "  a  b  ".split(None, 1)); t(lambda: "  a  b  ".rsplit(None, 1)); t(lambda: "a  b".split(" ", 1)); t(lambda: "".split(",")); t(lambda: "".rsplit(",")); t(lambda: "abc".rsplit("", 1))
t(lambda: "abcabc".rfind("c", 0, -1)); t(lambda: "abc".find("", 1, 0)); t(lambda: "abc".count("", 1, 0)); t(lambda: "abc".startswith("", 2, 1)); t(lambda: "abc".endswith("c", -1)); t(lambda: "abc".endswith("", 5))
t(lambda: "%-5d|%5s|%-5.1f|" % (3, "ab", 2.25)); t(lambda: "%03d:%02d" % (5, 7)); t(lambda: "%(n)05.1f" % {"n": 3.14159}); t(lambda: "%s" % {"a": 1}); t(lambda: "%s %s" % {"a": 1})
t(lambda: "{:^5}|{:<5}|{:>5}".format(1, 2, 3)); t(lambda: "{0!s:>5}".format(1.5)); t(lambda: "{:.3%}".format(1)); t(lambda: "{:,}".format(-1234567.891)); t(lambda: "{:e}".format(0)); t(lambda: "{:g}".format(0.0001)); t(lambda: "{:g}".format(0.00001)); t(lambda: "{:.0f}".format(0.5)); t(lambda: "{:.0f}".format(1.5))
t(lambda: "{:#b}".format(0)); t(lambda: "{:#o}".format(-8)); t(lambda: "{:+#x}".format(255)); t(lambda: "{: d}".format(-3)); t(lambda: "{:x}".format(-255)); t(lambda: "{:08.3e}".format(-1.5)); t(lambda: "{:<08}".format(-1.5)); t(lambda: "{:^08}".format(-1.5))
t(lambda: "{:.2}".format(123.456)); t(lambda: "{:.1}".format(0.05)); t(lambda: "{}".format(1e16)); t(lambda: "{:}".format(1e16)); t(lambda: "{:.10}".format(1/3)); t(lambda: "{:n}".format(1e16)); t(lambda: "{:%}".format(float("inf")))
t(lambda: "{:,d}".format(True)); t(lambda: format(True, "x")); t(lambda: format(2**100, "_x")); t(lambda: format(-2**100, "+,")); t(lambda: format(0.0, "+")); t(lambda: format(-0.0, "")); t(lambda: format(-0.0, ".0f")); t(lambda: format(1e300 * 10, "e"))
t(lambda: "a{}b{}c".format(*range(2))); t(lambda: "{0}{0}".format("x")); t(lambda: "{}".format()); t(lambda: "{a}".format_map({"a": 1})); t(lambda: "{a}".format_map({})); t(lambda: "{0}".format_map({0: 1}))
class DD(dict):
    def __missing__(self, k): return "<" + k + ">"
t(lambda: "{a} {b}".format_map(DD(a=1)))
t(lambda: str(3.0).zfill(6)); t(lambda: "-3.5".zfill(7)); t(lambda: "x".join(map(str, range(3))))
t(lambda: "Hello %s, you are %d" % ("Bob", 30.7)); t(lambda: "%.3s|%-6.2s|" % ("abcdef", "xyz")); t(lambda: "%5.1f%%" % 45.678)
t(lambda: "a,b;c".replace(",", ";").split(";")); t(lambda: " x ".strip().upper().center(5, "-")); t(lambda: "CamelCaseString".swapcase())
t(lambda: "tab\tsep".expandtabs(4).split()); t(lambda: "%s" % "\t"); t(lambda: "A".lower() == "a" and "ﬀ".upper())
t(lambda: "abc" < "abd" < "b"); t(lambda: sorted(["b", "B", "a", "A", "_", "1"])); t(lambda: sorted(["é", "e", "f", "z"])); t(lambda: max(["apple", "Apple"])); t(lambda: "a" * 3 + "b" * 2)
t(lambda: ord("a") + ord("\n") + ord("€") + ord("😀")); t(lambda: chr(97) + chr(0x20ac) + chr(0x1f600)); t(lambda: [hex(ord(c)) for c in "a€"])
t(lambda: "x=%r y=%r" % ("1", 1)); t(lambda: str(("a",))); t(lambda: str(["a\nb"])); t(lambda: str({"k": "v'q"}))
