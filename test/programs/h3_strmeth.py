# gilvm-nogil: --workers 2
# str methods from string_tests.py: split/rsplit/splitlines edge cases, expandtabs, translate/maketrans, title/swapcase, is* predicates, find/index/count with ranges, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for s in ["a b  c ", "  ", "", "a\tb\nc\x0bd\x0ce\rf\x1cg\x85h\u2028i", "abc"]:
    print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.rsplit(" ", 1))
t(lambda: "a,b,,c,".split(",")); t(lambda: "a,b,,c,".split(",", 2)); t(lambda: "a,b,,c,".rsplit(",", 2)); t(lambda: "aaa".split("aa")); t(lambda: "aaa".rsplit("aa")); t(lambda: "abc".split("")); t(lambda: "abc".split(1)); t(lambda: "a b".split(maxsplit=0)); t(lambda: "a b c".split(sep=None, maxsplit=-5))
t(lambda: "a\nb\r\nc\rd\n".splitlines()); t(lambda: "a\nb\r\nc\rd\n".splitlines(True)); t(lambda: "".splitlines()); t(lambda: "\n".splitlines()); t(lambda: "a\x1cb\x1dc\x1ed\x85e\u2029f".splitlines()); t(lambda: "x\n\ny".splitlines(keepends=True))
t(lambda: "a\tbc\tdef\tg".expandtabs()); t(lambda: "a\tb".expandtabs(4)); t(lambda: "ab\n\tc".expandtabs(3)); t(lambda: "\t".expandtabs(0)); t(lambda: "a\tb".expandtabs(-1)); t(lambda: "a\r\tb".expandtabs(4))
tbl = str.maketrans("abc", "xyz", "d")
t(lambda: sorted(tbl.items())); t(lambda: "abcdd-cab".translate(tbl)); t(lambda: "abc".translate({97: None, 98: "BB", 99: 100})); t(lambda: str.maketrans({"a": "1", 98: None})); t(lambda: str.maketrans("ab", "c")); t(lambda: str.maketrans({"ab": 1})); t(lambda: str.maketrans(1)); t(lambda: "abc".translate({97: 1.5}))
t(lambda: "hello world".title()); t(lambda: "they're bill's friends".title()); t(lambda: "ABC def".swapcase()); t(lambda: "hELLO".capitalize()); t(lambda: "ǆemal".title()); t(lambda: "ß".upper()); t(lambda: "İ".lower()); t(lambda: "ﬁ".upper()); t(lambda: "a1b2_c".title())
for s in ["", "abc", "ABC", "aBc", "123", "12.5", "½", "²", "٣", " ", "\t\n", "a b", "Abc Def", "ABC Def", "_x1", "1x", "class", "é", "x\u0301"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
s = "abcabcabc"
t(lambda: (s.find("c"), s.find("c", 3), s.find("c", 3, 5), s.find("c", -3), s.find("", 9), s.find("", 10), s.rfind("abc"), s.rfind("abc", 0, 8), s.rfind("")))
t(lambda: (s.count("a"), s.count("a", 1), s.count(""), s.count("", 3, 5), s.count("bc", -4), "".count(""), s.count("x", 100)))
t(lambda: s.index("z")); t(lambda: s.rindex("z")); t(lambda: s.index("c", 4)); t(lambda: s.find(1)); t(lambda: s.count()); t(lambda: s.index("a", None, None)); t(lambda: s.find("a", "1"))
t(lambda: ("abc".startswith(("x", "a")), "abc".startswith("b", 1), "abc".endswith("b", 0, 2), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith(()), "abc".startswith("abcd")))
t(lambda: "abc".startswith(["a"])); t(lambda: "abc".endswith(1)); t(lambda: "abc".startswith(("a", 1)))
t(lambda: ("abc".partition("b"), "abc".partition("x"), "abcb".rpartition("b"), "abc".rpartition("x"))); t(lambda: "abc".partition("")); t(lambda: "abc".partition(None))
t(lambda: ("abc".replace("", "-"), "aaa".replace("a", "b", 2), "aaa".replace("a", "", -1), "abc".replace("b", "xx", 0), "".replace("", "x"), "abc".replace("", "-", 2)))
t(lambda: ("42".zfill(5), "-42".zfill(5), "+42".zfill(2), "".zfill(3), "abc".zfill(6), "-".zfill(3)))
t(lambda: ("abc".center(8, "*"), "abc".center(2), "ab".center(5), "abc".ljust(6, "-"), "abc".rjust(6, "0"))); t(lambda: "abc".center(5, "ab")); t(lambda: "abc".ljust("5"))
t(lambda: ("  x  ".strip(), "xxhixx".strip("x"), "abcba".strip("ab"), "  x".lstrip(), "x  ".rstrip(), "\t\n x \x0b".strip(), "abc".strip(""), "abc".strip(None))); t(lambda: "abc".strip(1))
t(lambda: ",".join(["a", "b"])); t(lambda: ",".join([])); t(lambda: ",".join("abc")); t(lambda: ",".join(["a", 1])); t(lambda: ",".join(x for x in "xy")); t(lambda: "".join([str(i) for i in range(5)])); t(lambda: ",".join(None))
t(lambda: "abc" * -1); t(lambda: "abc" * 0); t(lambda: 3 * "ab"); t(lambda: "ab" + 1); t(lambda: "a" < "b" < "ba"); t(lambda: "a" < 1); t(lambda: "abc"[5]); t(lambda: "abc"[-4]); t(lambda: "abc"["1"]); t(lambda: "abc"[::-1]); t(lambda: "abcdef"[1:5:2]); t(lambda: "abcdef"[10:]); t(lambda: "abcdef"[-100:2])
t(lambda: "abc".__len__()); t(lambda: "b" in "abc"); t(lambda: "" in "abc"); t(lambda: 1 in "abc"); t(lambda: "abc".encode()); t(lambda: "é".encode("utf-8")); t(lambda: "é".encode("ascii")); t(lambda: "é".encode("ascii", "ignore")); t(lambda: "é€".encode("latin-1", "replace"))
t(lambda: str(b"abc")); t(lambda: str(b"ab\xc3\xa9", "utf-8")); t(lambda: str(b"\xff", "utf-8")); t(lambda: str(b"\xff", "utf-8", "replace")); t(lambda: str(1, "utf-8")); t(lambda: str("a", "utf-8")); t(lambda: str(object=5)); t(lambda: str(x=5))
t(lambda: "a".removeprefix("")); t(lambda: "Hello".casefold()); t(lambda: "%s" % "x".upper()); t(lambda: repr("it's \"q\"")); t(lambda: repr('\x00\x7f\x80\xff\u0100\n\t\\')); t(lambda: repr("'")); t(lambda: repr("'\"")); t(lambda: ascii("é\U0001F600")); t(lambda: repr("\ud800"))
t(lambda: "abc".isdigit(1)); t(lambda: "abc".upper(1)); t(lambda: str.upper(5)); t(lambda: str.upper()); t(lambda: "x".join()); t(lambda: "a".replace("a")); t(lambda: "a".split(",", "1"))
print(min("bca"), max("bca"), sorted("bca"), list(reversed("abc")), "".join(sorted(set("mississippi"))), "a".join("bcd"), "abc".__contains__("b"), "ab".__add__("c"), "ab".__mul__(2), "ab".__getitem__(1))
