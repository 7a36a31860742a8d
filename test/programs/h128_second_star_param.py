# gilvm-nogil:
# a second '*' among parameters, as CPython 3.11's invalid_star_etc: '* argument may appear
# only once' when a parameter or ',' follows it (after a bare '*' too: gilvm said 'named
# arguments must follow bare *'), plain 'invalid syntax' at it otherwise
for s in ['def f(*, *a): pass','def f(*a, *b): pass','def f(*, *): pass','def f(*a, *): pass','def f(*, **k, *a): pass','lambda *, *a: 1','lambda *a, *b: 1','def f(*, a, *b): pass','def f(*a, b, *c): pass', 'def f(*, /): pass', 'def f(*a, /): pass','def f(*,): pass', 'lambda *: 1', 'lambda *,: 1']:
  try: compile(s,'<t>','exec'); print('OK', s)
  except SyntaxError as e: print(s, '|', e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
