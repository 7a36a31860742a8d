# str.replace on the heap's units (objects/strmethods.ts replaceUnits): counts, overlaps, empty
# patterns, astral characters, the original returned when nothing changes, subclasses, errors.
s = "hello world, this is a line of text"
print(s.replace("is", "IS"), s.replace("is", "IS", 1), s.replace("is", "", 0) is s, s.replace("zz", "y") is s)
print(s.replace("l", "LL"), s.replace("hello", ""), s.replace("t", "tt", -1), s.replace("t", "T", 2))
print("aaaa".replace("aa", "b"), "aaa".replace("aa", "b"), "".replace("a", "b"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("é😀x😀".replace("😀", "[smile]"), "😀😀".replace("😀", ""), "x😀".replace("x", "😀😀"))
class S(str): pass
t = S("abc")
r = t.replace("z", "y")
print(r, type(r).__name__, r is t, type(t.replace("a", "b")).__name__)
try: s.replace(1, "x")
except TypeError as e: print(e)
try: s.replace("x", 2)
except TypeError as e: print(e)
try: s.replace("x")
except TypeError as e: print(e)
try: s.replace("x", "y", "z")
except TypeError as e: print(e)
print(s.replace("is", "IS", True), "abab".replace("ab", "xyz", -5))
