# gilvm-nogil:
# str.splitlines takes at most one argument: extra ones are a TypeError (it ignored them)
for f in [lambda: "a\nb".splitlines(1, 2), lambda: "a\nb".splitlines(0, 1, 2), lambda: "a\nb".splitlines(1, keepends=1),
          lambda: "a\nb".splitlines(True), lambda: "a\nb".splitlines(keepends=False), lambda: "a\nb".splitlines(),
          lambda: "a\nb".splitlines(x=1), lambda: "a\nb".splitlines("x")]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
