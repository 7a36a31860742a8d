# gilvm-nogil:
# Parse errors placed as CPython 3.11 places them: invalid_except_stmt's range (to just before
# the ':', past 'as NAME'), a starred dict key or annotation target (invalid syntax at the ':'),
# parenthesized with-items that never close or carry 'as' (the reading that got further), and
# the 'Perhaps you forgot a comma?' / 'Maybe you meant' hints against an unclosed bracket (kept
# unless the parser fetched the end of the input or a token on a later line).
import contextlib
srcs = [
    'try:\n    pass\nexcept A, B as e :\n    pass\n',
    'try:\n    pass\nexcept A, B :\n    pass\n',
    'try:\n    pass\nexcept A, B, (C) as e:\n    pass\n',
    'try:\n    pass\nexcept (A), B as e:\n    pass\n',
    'try:\n    pass\nexcept A, B as e\n    pass\n',
    'try:\n    pass\nexcept A, B as e.x:\n    pass\n',
    'd = {*a: 1}',
    'd = {1: 2, *a: 1}',
    'd = {**a, *b: 1}',
    'd = {*a}',
    'd = {1: *a}',
    'd = {*a, 1: 2}',
    '*a: int',
    '*a, b: int',
    'x, *a: int = 1',
    '(*a): int',
    '*a.b: int',
    'with (open("a") as f, open("b") as g:\n    pass\n',
    'with (a as b:\n  pass\n',
    'with (a, b as c:\n pass\n',
    'with (a as b, c):\n pass\n',
    'with (a as b c):\n pass\n',
    'with (yield) as x: pass',
    '{*a: 1 for x in y}',
    '{*a: *b}',
    '{*a: }',
    '{*a:1}',
    '{1: 2, *a: 3}',
    '{*a, *b: 1}',
    '{**a: 1}',
    '{*a}',
    '[*a: 1]',
    'with (open("a") as f, open("b") as g:\n    pass\n',
    'with (a as b:\n  pass\n',
    'with (a, b as c:\n pass\n',
    'with (a as b',
    'with (a as b\n',
    'with (a + b:\n pass',
    'with (a b:\n pass',
    'with (a, b:\n pass',
    'with (a as b, c as d\nx = 1\n',
    'with (a as b) as c:\n pass',
    'with (a = 1:\n pass',
    'with (a,:\n pass',
    'with (a as 1:\n pass',
    'with (yield x:\n pass',
    'with (a for a in b:\n pass',
    'with ((a as b):\n pass',
    'with (a, (b as c):\n pass',
    'x = (a b:\n pass',
    'x = (a b\n',
    'f(a = 1:\n pass',
    'f(a b\n',
    'if (a b:\n pass',
    'x = [a b',
    'x = (a b\ny = 2\n',
    'print(a b c',
    'with (a b)\n',
    'x = (a b\n\ny = 2\n',
    'x = [1, 2 3,\n',
    'x = [1, 2 3, 4',
    'f(a, b = 1 2',
    'd = {1: 2 3: 4',
    'x = (a b c\n  d',
    'print("a" "b" c',
    'x = (1 +\n 2 3\n',
]
for s in srcs:
    try:
        compile(s, '<s>', 'exec'); print('ok', repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
with (contextlib.nullcontext(1) as a, contextlib.nullcontext(2) as b):
    print(a, b)
with (contextlib.nullcontext(3)) as c:
    print(c)
with (contextlib.nullcontext(4) as d):
    print(d)
