# exec / eval / compile: namespaces, locals, syntax errors' attributes, modes, builtins.
g = {}
exec("x = 1\ny = x + 1\ndef f(a):\n    return a * y\n", g)
print(sorted(k for k in g if k != '__builtins__'), g['f'](3), '__builtins__' in g)
print(eval("x * 10", g), eval("a + b", {}, {"a": 1, "b": 2}), eval("len('abc')"))
code = compile("z = 5\nprint('compiled', z)", "<mine>", "exec")
exec(code)
print(z, type(code).__name__, code.co_filename)
e = compile("3 ** 2", "<e>", "eval")
print(eval(e))
loc = {}
exec("q = 7", None, loc)
print(loc)
def fn():
    l = {}
    exec("w = 3", globals(), l)
    return l['w']
print(fn())
try:
    eval("1 +\n")
except SyntaxError as ex:
    print("SE", ex.msg, ex.lineno, ex.offset, ex.filename, ex.text)
try:
    exec("def f(:\n  pass")
except SyntaxError as ex:
    print("SE", ex)
try:
    compile("x = 1", "f", "bogus")
except ValueError as ex:
    print("VE", ex)
try:
    eval("undefined_name")
except NameError as ex:
    print("NE", ex)
try:
    exec("raise KeyError('k')")
except KeyError as ex:
    print("KE", ex)
try:
    eval("x = 1")
except SyntaxError as ex:
    print("SE", ex)
try:
    eval(5)
except TypeError as ex:
    print("TE", ex)
print(eval("[i*i for i in range(4)]"), eval(" 1 + 1 "), eval("\n2\n"))
print(exec("1 + 1"), eval("None"))
ns = {"__builtins__": {}}
try:
    eval("len([])", ns)
except NameError as ex:
    print("NE", ex)
print(eval(compile("1\n", "<s>", "single")) if False else "single-skip")
src = """
import threading
res = []
def w(i):
    res.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
"""
gg = {}
exec(src, gg)
print(len(gg['ts']))
x = 10
def scope():
    x = 20
    return eval("x")
print(scope(), eval("x"))
print(eval("lambda n: n + 1")(1))
exec("class K:\n    v = 3\n", gg)
print(gg['K'].v, gg['K'].__module__ if '__name__' in gg else gg['K'].__module__)
exec("import math\nr = math.sqrt(16)", gg)
print(gg['r'])
try:
    exec("import nonexistent_mod_xyz")
except ModuleNotFoundError as ex:
    print("MNF", ex)
def tb():
    exec("1/0")
try:
    tb()
except ZeroDivisionError:
    print("ZDE")
exec("print('last')")
