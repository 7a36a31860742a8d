# CPython's messages for format-field numbering switches, zip(strict=True) length
# mismatches, divmod on unsupported types, f(*x) / f(**x) naming the callee, several
# positional-only arguments passed by keyword, duplicate bases and MRO conflicts.
for f in ["{0} {}", "{} {0}", "{} {}", "{0} {1} {0}", "{} {x}", "{0[0]} {}", "{:{}}", "{0:{1}}", "{:{1}}"]:
    try:
        print(repr(f.format([1], 5, x=2)))
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

print(list(zip([1, 2], [3, 4], strict=True)))
for args in [([1, 2], [3]), ([1], [3, 4]), ([1], [2], [3, 4]), ([1, 2], [3, 4], [5]), ([], [])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
try:
    zip([1], foo=1)
except TypeError as e:
    print(e)
for a, b in [("a", 1), (1, "b"), ([], 2)]:
    try:
        divmod(a, b)
    except TypeError as e:
        print(e)


class Shape:
    def area(self, *a):
        return 0


for f in [print, len, "x".join, Shape, Shape().area, [].append, max]:
    for bad in ("star", "starstar"):
        try:
            f(*5) if bad == "star" else f(**5)
        except TypeError as e:
            print(e)


def po(a, b, /, c):
    return a + b + c


for kw in [dict(a=1, b=2, c=3), dict(b=2, c=3)]:
    try:
        po(1, **kw) if "a" not in kw else po(**kw)
    except TypeError as e:
        print(e)


class A:
    pass


class B(A):
    pass


for bases in [(A, A), (A, B), (B, A)]:
    try:
        C = type("C", bases, {})
        print("ok", [k.__name__ for k in C.__mro__])
    except TypeError as e:
        print(e)
