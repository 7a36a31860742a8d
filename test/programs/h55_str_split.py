# str.split on the heap's units (objects/strmethods.ts splitUnits): whitespace runs, separators,
# maxsplit, empty pieces, astral characters, the string itself as the only piece, subclasses, errors.
s = "  hello world,\tthis is\n a line  of text  "
print(s.split(), s.split(None, 2), s.split(maxsplit=1), s.split(None, 0), s.split(" "), s.split(" ", 3), s.split("is"), s.split("  "))
print("".split(), "".split(","), "   ".split(), "abc".split(), "abc".split(",") , "a,b,,c,".split(","), ",".split(","))
w = "word"
print(w.split()[0] is w, w.split(",")[0] is w, "x y".split()[0] is "x y".split()[0])
print("é😀 x😀y".split(), "é😀 x😀y".split("😀"), "a\u3000b\u2028c\x1cd\x85e".split())
class S(str): pass
t = S("a b")
r = t.split()
print(r, [type(x).__name__ for x in r], type(S("ab").split()[0]).__name__, S("ab").split()[0] is S("ab"))
try: s.split("")
except ValueError as e: print(e)
try: s.split(1)
except TypeError as e: print(e)
try: s.split(",", "x")
except TypeError as e: print(e)
print("a,b,c".split(",", -1), "a,b,c".split(",", 1), "a,b,c".split(sep=",", maxsplit=1), "aaa".split("a"), "aaaa".split("aa"))
print("  a  b  ".split(None, 1), "  a  b  ".split(None, 5), "a b c d".split(" ", 2))
