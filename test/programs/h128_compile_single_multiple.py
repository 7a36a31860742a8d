# gilvm-nogil:
# compile(src, name, 'single') takes one statement, as CPython 3.11: more simple statements
# on a later line are 'multiple statements found while compiling a single statement', a
# statement after a compound one is 'invalid syntax' (gilvm compiled them all)
for s in ['a = 1\nb = 2', 'a=1; b=2', 'if 1:\n  pass\nx=1', 'if 1:\n  pass\nx=1\n', 'x=1\n\n', 'x=1\n# c\n', 'x = 1\n  \n',
          'def f():\n  pass\n\n', 'x=1\ny', 'x=1;y=2\nz=3\n', 'x=(1,\n2)\nz', 'def f():\n  pass\n  \nclass A: pass',
          'for i in range(2): print(i)\n', 'while 0:\n  pass\nelse:\n  print(1)\n', '@dec\ndef f(): pass\n']:
    try:
        compile(s, '<s>', 'single')
        print(repr(s), 'ok')
    except SyntaxError as e:
        print(repr(s), e.msg, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
ns = {}
exec(compile('x = 5', '<s>', 'single'), ns)
exec(compile('x * 2', '<s>', 'single'), ns)
exec(compile('for i in range(2): print(i)\n', '<s>', 'single'), ns)
