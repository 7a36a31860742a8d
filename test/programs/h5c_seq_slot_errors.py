# str/list/tuple __add__/__mul__/__rmul__/__mod__ called directly: sq_concat and sq_repeat errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in ["a", [1], (1,)]:
    for o in [1, "b", [2], (2,), 2.5, None, 2]:
        t(lambda: s.__add__(o))
        t(lambda: s.__mul__(o))
        t(lambda: s.__rmul__(o))
        t(lambda: s.__mod__(o) if isinstance(s, str) else 0)
t(lambda: (1).__add__("a"))
t(lambda: (1.5).__mul__("a"))
t(lambda: (1).__rmul__("a"))
t(lambda: [].__iadd__(5))
t(lambda: [].__imul__("x"))
