# gilvm-nogil:
# compile.c's forbidden_name for __debug__ as a parameter (def, async def, lambda: any kind of
# parameter) and as a call or class keyword: reported at the def/lambda/call/class being
# compiled, not at the parameter or keyword.
def report(src):
    try:
        compile(src, '<string>', 'exec')
        print('compiled', repr(src))
    except SyntaxError as e:
        print(repr(src), '->', e.msg, (e.lineno, e.offset, e.end_lineno, e.end_offset), repr(e.text))
for src in [
    'def f(__debug__): pass',
    'def f(a, *, __debug__): pass',
    'def f(a, /, __debug__=1): pass',
    'def f(**__debug__): pass',
    'async def f(*__debug__): pass',
    'class A:\n    def f(self, __debug__=3):\n        pass\n',
    'x = lambda __debug__: 0',
    'x = [lambda *, __debug__: 0]',
    'f(__debug__=1)',
    'o.m(__debug__=1)',
    'x = g(1,\n  f(__debug__=1))',
    'x = o.m(1).n(__debug__=1)',
    'class A(__debug__=1): pass',
    'f(a=1, a=2)',
    'o.m(a=1, a=2)',
    'def f(debug): pass',
    'f(**{"__debug__": 1})',
]:
    report(src)
def f(**kw):
    return sorted(kw)
print(f(**{'__debug__': 1}))
