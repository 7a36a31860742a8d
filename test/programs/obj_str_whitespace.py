# Python's whitespace: split()/strip() use str.isspace's set (\x1c-\x1f, \x85, \u3000; not \ufeff);
# int()/float() strip only C's isspace after mapping non-ASCII spaces to ' '
tests = ["  a b  c  ", "\x1ca\x1db\x85c\xa0d\ufeffe\u3000", "", "   ", "a", "\ufeff x \ufeff", "x\u2028y\u2029z"]
for t in tests:
    print(repr(t.split()), repr(t.split(None, 1)), repr(t.rsplit(None, 1)), repr(t.strip()), repr(t.lstrip()), repr(t.rstrip()), repr(t.strip(" a")))
for s in [" \x1c12", "12\x1f", "\x8512\x85", "\u300012", "\ufeff12", "\x0b12\x0c", "\t 7 \n"]:
    for f in (int, float):
        try:
            print(repr(s), f.__name__, f(s))
        except ValueError as e:
            print(repr(s), f.__name__, "ValueError", e)
