# padding, stripping, zfill, expandtabs, center, replace, find/count
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["", "a", "ab", "abc", "abcd", "\U0001F600"]:
    for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 8]:
        t(lambda: (s.center(w), s.center(w, "*"), s.ljust(w, "-"), s.rjust(w, "."), s.zfill(w)))
for s in ["-42", "+42", "42", "-", "+", "", "--1", "-0", "abc", " -1", "-\U0001F600"]:
    for w in [0, 1, 2, 3, 5, 8]:
        t(lambda: s.zfill(w))
t(lambda: "a".center(5, "ab"))
t(lambda: "a".center(5, ""))
t(lambda: "a".center(5, 1))
t(lambda: "a".center("5"))
t(lambda: "a".ljust())
t(lambda: "a".center(5, "\U0001F600"))
for s in ["a\tb", "\t", "ab\tcd\tef", "a\nb\tc", "1234567\t8", "12345678\t9", "a\r\tb", "\t\t", "x\u00e9\tz"]:
    for n in [-1, 0, 1, 2, 4, 8]:
        t(lambda: s.expandtabs(n))
    t(lambda: s.expandtabs())
t(lambda: "a\tb".expandtabs(tabsize=3))
t(lambda: "a\tb".expandtabs("3"))
for s in ["  xx  ", "\t\n x \r\x0b\x0c", "xxhixx", "", "\u3000a\u3000", "\x1c\x1d\x1e\x1fa\x85"]:
    t(lambda: (s.strip(), s.lstrip(), s.rstrip(), s.strip("x"), s.strip("x "), s.strip(""), s.strip(None)))
t(lambda: "abc".strip(1))
t(lambda: "www.example.com".strip("cmowz."))
t(lambda: "prefix-body".removeprefix("prefix-"))
t(lambda: "body-suffix".removesuffix("-suffix"))
t(lambda: "body".removesuffix(""))
t(lambda: "aaaa".replace("a", "b", 2))
t(lambda: "aaaa".replace("a", "b", -1))
t(lambda: "aaaa".replace("a", "b", 0))
t(lambda: "abc".replace("", "-"))
t(lambda: "abc".replace("", "-", 2))
t(lambda: "".replace("", "x"))
t(lambda: "abc".replace("abc", ""))
t(lambda: "aaa".replace("aa", "b"))
t(lambda: "abc".replace(1, 2))
for sub in ["", "a", "ab", "z", "aba"]:
    s = "abababa"
    for rng in [(), (1,), (2, 5), (-3,), (-100, 100), (5, 2), (7,), (8,), (None, 3), (3, None)]:
        t(lambda: (s.find(sub, *rng), s.rfind(sub, *rng), s.count(sub, *rng), s.startswith(sub, *rng), s.endswith(sub, *rng)))
t(lambda: "abc".index("z"))
t(lambda: "abc".rindex("z"))
t(lambda: "abc".index("c", 0, 2))
t(lambda: "abc".startswith(("x", "a")))
t(lambda: "abc".endswith(("x", "y")))
t(lambda: "abc".startswith(["a"]))
t(lambda: "abc".endswith(1))
t(lambda: "abc".find(1))
t(lambda: "abc".count())
t(lambda: "".count(""))
t(lambda: "abc".count("", 10))
t(lambda: "abc".find("", 3))
t(lambda: "abc".find("", 4))
t(lambda: "abc".startswith("", 3))
t(lambda: "abc".startswith("", 4))
t(lambda: "abc".find("b", 1.0))
