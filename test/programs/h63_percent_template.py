# str % args: plain conversions (the cached-template path) and everything else (mappings,
# star widths, length modifiers, errors), with the same results as CPython.
vals = [0, -7, 42, 2**40, -2**70, 3.14159, -0.0, float('inf'), float('nan'), True, None, "abc", "", [1, 2], (1,), {'a': 1}, 1e22, 123456789]
fmts = ["%s", "%d", "%i", "%r", "%5s|", "%-5s|", "%05d", "%+d", "% d", "%x", "%#x", "%o", "%e", "%.2f", "%10.3f", "%g", "%c", "%a", "%%%s%%", "x%sy", "%.0f", "%3d%%"]
for f in fmts:
    row = []
    for v in vals:
        try:
            row.append(f % v)
        except Exception as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(f, row)
for f in ["%s %s", "%d-%d", "%s=%r", "%(a)s", "%s", "%*d", "%.*f", "%ld", "%z", "%", "% s"]:
    for a in [(1, 2), ("a", "b"), (1,), (1, 2, 3), {'a': 5}, ((1, 2),), 7]:
        try:
            print(repr(f), repr(a), repr(f % a))
        except Exception as e:
            print(repr(f), repr(a), type(e).__name__, e)
class S(str):
    def __str__(self): return "S!"
class I(int):
    def __str__(self): return "I!"
print("%s %d %s" % (S("x"), I(3), I(4)))
print("%s" % S("y"), "%d" % I(5))
