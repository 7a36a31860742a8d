# gilvm-nogil:
# '=' where '==' was meant: CPython 3.11's invalid_named_expression, met at a chained
# assignment's start before its bad target (`x = a or b = 3`), its lookahead excluding
# targets that start with a display (`if [a][0] = 1:`), and a plain 'invalid syntax' at the
# '=' when it does not match (`if a or b = 1:`, `if a = b = 1:`)
sources = [
    "x = 1 if True else 2 = 3",
    "x = a or b = 3",
    "x = a < b = 3",
    "x = a, b or c = 3",
    "x.y = a or b = 3",
    "f() = a or b = 3",
    "(x) = a or b = 3",
    "x, y = a or b = 3",
    "x, y, = a or b = 3",
    "x, y.z = a or b = 3",
    "(a, b).c = a or b = 3",
    "[a][0] = a or b = 3",
    "x = y = a or b = 3",
    "x = f() = a or b = 3",
    "x = not a or b = 3",
    "x = (a or b) = 3",
    "if (a, b).c = 1: pass",
    "if [a][0] = 1: pass",
    "if True.x = 1: pass",
    "while [a] + b = 1: pass",
    "if a.b = 1: pass",
    "if x = 1: pass",
    "if (a) = 1: pass",
    "if a or b = 1: pass",
    "if a = b = 1: pass",
    "if f() = 1 = 2: pass",
    "if a < b = 1: pass",
    "x = [a or b = 1]",
    "x = (a < b = 1)",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
