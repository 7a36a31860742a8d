# gilvm-nogil:
# a bare generator expression as a class's bases: class bases are `arguments`, which
# has no genexp alternative, so a lone one is 'invalid syntax' at its `for`; with other
# bases (or a trailing comma) it is 'Generator expression must be parenthesized'
sources = [
    "class A(x for x in y): pass",
    "class A(x for x in y if x for z in x): pass",
    "class A(x for x in y, z): pass",
    "class A(x for x in y,): pass",
    "class A(b, x for x in y): pass",
    "class A((x for x in y)): pass",
    "f(x for x in y)",
]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
