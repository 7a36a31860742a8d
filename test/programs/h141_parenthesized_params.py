# gilvm-nogil:
# CPython 3.11's invalid_parameters / invalid_lambda_parameters: parenthesized (Python 2 tuple) parameters after plain ones, and where they are plain invalid syntax; a bare '*' followed by a '(' is invalid syntax there, not 'named arguments must follow bare *'
srcs = ['def f(a, (b, c)): pass', 'def f((a)): pass', 'def f((a,)): pass', 'def f(a, (b: int, c)): pass',
'def f(a=1, (b)): pass', 'def f((b=1)): pass', 'def f(a, (b, c=1)): pass', 'def f(a, (b), c): pass', 'def f(*, (b)): pass',
'def f(a, /, (b)): pass', 'def f(a, (b)=1): pass', 'def f(a, (b, c),): pass', 'def f(a, ()): pass', 'def f(a, (*b)): pass',
'lambda (x): x', 'lambda a, (b, c): 0', 'lambda (a,): 0', 'lambda (a, b=1): 0', 'lambda a=1, (b): 0', 'lambda (a), b: 0', 'lambda *, (b): 0',
'def f(a, (b, c)):\n    pass', 'def f(a, (b,\n c)): pass', 'def f(a, (b, c) : pass', 'async def f((a)): pass', 'def f((a, b) ): pass', 'lambda ( a ) : 0']
for s in srcs:
    try:
        compile(s, '<s>', 'exec'); print('ok', repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
for s in ['def f(*): pass', 'def f(*,): pass', 'def f(*, **k): pass', 'lambda *: 0', 'lambda *, **k: 0', 'def f(a (b)): pass', 'lambda a (b): 0']:
    try:
        compile(s, '<s>', 'exec'); print('ok', repr(s))
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
