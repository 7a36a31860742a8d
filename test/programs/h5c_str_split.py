# split / rsplit / splitlines / partition edge cases
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

strs = ["", " ", "a", "  a  b  ", "a,b,,c,", ",", ",,", "a b\tc\nd\x0be\x0cf\rg\x1ch\x1di\x1ej\x85k\u2028l\u3000m", "aXbXXc", "abab", "\n\na\n"]
for s in strs:
    for sep in [None, ",", "X", "ab", " "]:
        for m in [-1, 0, 1, 2, 10]:
            t(lambda: (s.split(sep, m), s.rsplit(sep, m)))
t(lambda: "a".split(""))
t(lambda: "a".rsplit(""))
t(lambda: "a b".split(maxsplit=1))
t(lambda: "a b c".rsplit(maxsplit=1))
t(lambda: "a,b,c".split(sep=",", maxsplit=1))
t(lambda: "a b".split(None, None))
t(lambda: "a b".split(1))
t(lambda: "a b".split(" ", "1"))
t(lambda: "a b".split(" ", 1.0))
t(lambda: "a b".split(x=1))
for s in ["", "a", "a\n", "a\nb", "a\r\nb\rc\n\nd", "\n", "\r\n\r\n", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "x\r", "\r\r\n"]:
    t(lambda: (s.splitlines(), s.splitlines(True), s.splitlines(keepends=False)))
t(lambda: "a\nb".splitlines(2))
for s in ["a=b=c", "=", "abc", ""]:
    for sep in ["=", "b", "abc", "zz"]:
        t(lambda: (s.partition(sep), s.rpartition(sep)))
t(lambda: "a".partition(""))
t(lambda: "a".rpartition(None))
t(lambda: "a".split(None, -5))
t(lambda: "  lead".split(" "))
t(lambda: "trail  ".rsplit(" ", 1))
t(lambda: "1 2 3".split(None, 1))
t(lambda: "1 2 3 ".rsplit(None, 1))
t(lambda: " 1 2 3 ".rsplit(None, 0))
t(lambda: " 1 2 3 ".split(None, 0))
t(lambda: "".split(None, 0))
t(lambda: "".split(","))
t(lambda: ",".join(["a", "b"]))
t(lambda: ",".join([]))
t(lambda: ",".join("abc"))
t(lambda: ",".join(["a", 1]))
t(lambda: ",".join([1, "a"]))
t(lambda: ",".join(None))
t(lambda: "".join(("x" for _ in range(3))))
