# gilvm-nogil:
# exec(source, globals=None, locals=None, /, *, closure=None) with argument clinic's
# messages; a code object with free variables needs exec's closure (eval refuses it)
# instead of running with unset cells
def make():
    x = 41
    def g():
        print("x is", x + 1)
        return "ignored"
    return g
g = make()
plain = compile("print('plain ran')", "<s>", "exec")
tests = [
    lambda: exec(), lambda: exec('1', {}, {}, None), lambda: exec('1', {}, {}, None, closure=None),
    lambda: exec(a=1, b=2, c=3, d=4, e=5), lambda: exec('1', x=1), lambda: exec(source='1'),
    lambda: exec('1', globals={}), lambda: exec('print("closure None ok")', closure=None),
    lambda: exec('1', closure=5), lambda: exec(1, closure=5), lambda: exec('1', [], closure=5),
    lambda: exec(g.__code__), lambda: exec(g.__code__, closure=(1,)), lambda: exec(g.__code__, closure=()),
    lambda: exec(g.__code__, closure=list(g.__closure__)), lambda: exec(g.__code__, {}, closure=g.__closure__),
    lambda: exec(g.__code__, None, None, closure=g.__closure__), lambda: exec(plain, closure=(1,)),
    lambda: exec(plain, closure=None), lambda: eval(g.__code__), lambda: eval('1', x=1), lambda: eval(),
    lambda: eval(1, 2, 3, 4),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
