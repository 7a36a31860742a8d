# eval/exec namespaces: '__builtins__' in the globals, exec into a function's locals(),
# vars()/dir() inside functions, SyntaxError details for source given as a string
print(eval('1 + 2', {'__builtins__': {}}))
try:
    eval('len([1])', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
print(eval('abs(-3)', {'__builtins__': {'abs': abs}}), eval('x * 2', {'x': 21}))
g = {}
exec('y = 5', g)
print(sorted(g), g['y'], type(g['__builtins__']).__name__)
def f(a, b=2):
    c = a + b
    exec('z = 10')
    print('z' in locals(), locals().get('z'))
    exec('a = 99')
    print(a)
    l1 = locals()
    x = 5
    l2 = locals()
    print(l1 is l2, 'x' in l1, sorted(vars()), dir())
    del x
    print('x' in locals())
    ns = locals()
    exec('q = 3', globals(), ns)
    print(ns['q'])
f(1)
class K:
    y = 1
    print(sorted(vars()), sorted(dir()))
ns = {}
exec('def h(n):\n    return n + 1', ns)
print(ns['h'](1), eval('[i * i for i in range(4)]'))
for mode in ('exec', 'eval'):
    for src in ['1 +', 'a b', 'a b\n', 'x = (1,', 'if True:\nprint(1)', 'def f(:\n  pass', 'x = 1\ny = = 2',
                '"abc', 'x = )', 'return 5', 'None = 1', 'x = [1,\n2,\n', 'break', 'print "x"', 'x = 08']:
        try:
            compile(src, '<s>', mode)
        except SyntaxError as e:
            print(mode, repr(src), repr(e.text), e.lineno, type(e).__name__, e.msg)
