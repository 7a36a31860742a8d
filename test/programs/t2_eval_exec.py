# eval, exec and compile: names resolve in the given (or the caller's) namespaces,
# SyntaxError objects carry msg/lineno/offset/text; an uncaught one ends the run.
def f(a):
    b = 2
    print(eval("a + b"))
    exec("c = a * 10")
    return eval("[a*i for i in range(b)]", {"a": a, "b": b})
print(f(3))
g = {}
exec("""
def sq(x):
    return x * x
class P:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"P({self.v})"
result = [sq(i) for i in range(4)]
items = [P(i) for i in range(2)]
""", g)
print(g["result"], g["items"], g["sq"].__name__, g["P"].__module__ if "__name__" in g else "nomod")
ns_g, ns_l = {"x": 1}, {}
exec("y = x + 1", ns_g, ns_l)
print(ns_l, "y" in ns_g)
code = compile("z = 5\nprint('compiled', z)", "<mine>", "exec")
exec(code)
print(z)
print(eval("lambda q: q + 1")(4))
print(eval(" 1 + 1"))
print(eval("'%s-%d' % ('a', 3)"))
print(eval("1", {}), eval("None"), eval("True"))
print(eval(b"2*3"))
expr = "max(vals)"
print(eval(expr, {"vals": [3, 9, 2]}))
try:
    eval("1/0")
except ZeroDivisionError as e:
    print("ZDE", e)
try:
    eval("x +* 2")
except SyntaxError as e:
    print("SE", e.msg, e.lineno, e.offset, e.filename, e.text)
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(e)
try:
    exec("x = 1", [])
except TypeError as e:
    print(e)
try:
    compile("1", "f", "bad")
except ValueError as e:
    print(e)
try:
    eval("undefined_var")
except NameError as e:
    print(e)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return eval("n")
    return inc
c = counter(); c(); print(c())
print(eval("__name__"))
e = SyntaxError("bad thing", ("f.py", 3, 1, "x = (", 3, 2))
print(str(e), "|", e.msg, e.lineno, e.filename, e.offset, e.text, e.end_lineno, e.end_offset)
print(str(SyntaxError("plain")), SyntaxError("plain").lineno)
eval("(1 +")
