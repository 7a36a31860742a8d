# gilvm-nogil: --workers 2
# Built-in argument checks: non-str attribute names for hasattr/setattr/delattr (was an
# internal error), int()/float() of bytes and bytearray, int()'s keywords, reversed() and
# dir() argument counts.
for f in (lambda: hasattr(1, 2), lambda: setattr(object(), 5, 1), lambda: delattr(object(), None), lambda: getattr(1, 2.5), lambda: hasattr("", "upper")):
    try: print(f())
    except TypeError as e: print(e)
for t in ["int(b'12')", "int(bytearray(b' 7 '))", "int(b'ff', 16)", "int(b'0x1f', 0)", "int(b'1x')", "int(bytearray(b'z'), 10)", "float(b'1.5')", "float(bytearray(b' -2e3 '))", "float(b'abc')",
          "int(x=5)", "int(base=2)", "int('11', base=2)", "int('12', bas=3)", "int(b'1_000')", "float(b'inf')", "float(bytearray(b'x'))"]:
    try: print(t, "->", repr(eval(t)))
    except Exception as e: print(t, "!!", type(e).__name__, e)
for s in ['reversed()', 'reversed([1], x=1)', 'reversed([1], 2)', 'dir(1, 2)', 'dir(x=1)', 'list(reversed("ab"))', 'len(dir(1)) > 10']:
    try: print(eval(s))
    except TypeError as e: print(e)
