def trace(tag, v):
    print("eval", tag)
    return v
print(trace("a", 1) < trace("b", 2) < trace("c", 0) < trace("d", 5))
print(trace("x", 0) or trace("y", "") or trace("z", []), trace("p", 1) and trace("q", 0) and trace("r", 2))
print(1 < 2 == 2 > 1 != 3, 1 in [1] in [[1]], not [] is None, (1 if 0 else 2 if 0 else 3))
d = {}
d[trace("key", "k")] = trace("val", 1)
class O: pass
o = O(); o.lst = [0, 0]
o.lst[trace("idx", 1)] += trace("inc", 5)
print(o.lst)
for i in range(3):
    if i == 5: break
else:
    print("for-else ran")
n = 0
while n < 3:
    n += 1
    if n == 2: continue
    print("while", n)
else:
    print("while-else ran")
while True:
    break
else:
    print("not printed")
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
rec = [1]; rec.append(rec); print(rec)
dr = {}; dr["self"] = dr; print(dr)
s = "tab\tnew\\nline\x41\u00e9\101"
print(s, len(s), r"raw\n", "a" "b" 'c', """tri
ple""", 'it\'s', "\0" == chr(0), "\a\b\f\v" == "\x07\x08\x0c\x0b")
print(1_000_000, 0x_ff, 0o7_7, 0b1_0, 1_0.5e1_0, 0xFF, 1e3, 1E-3, 00, 0.0e0)
total = 1 + \
    2 + \
    3
print(total, (1 +
  2), [1,
  2,
  ], {
  'a': 1})
x: int = 5
y: list[int]
z: "fwd" = "s"
print(x, z, __annotations__ if False else "")
if x:
	print("tab indented")
a = b = c = []
a.append(1); print(b, c is a)
a, b = b, a
first, *_, last = range(10)
print(first, last, _)
(m, n), k = [1, 2], 3
print(m, n, k)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(e)
try:
    p, *q, r = [1]
except ValueError as e:
    print(e)
try:
    p, q = 5
except TypeError as e:
    print(e)
v = 10
v -= 3; v *= 2; v //= 3; v **= 2; v %= 7; v <<= 3; v >>= 1; v |= 1; v &= 0xff; v ^= 2
print(v)
f = 2.0; f /= 4; print(f)
st = "a"; st += "b"; st *= 2; print(st)
tp = (1,); tp += (2,); print(tp)
def nested_scopes():
    x = 1
    def f1():
        def f2():
            nonlocal x
            x += 1
            return x
        return f2()
    f1(); f1()
    return x
print(nested_scopes())
counter = 0
def incr():
    global counter
    for _ in range(3):
        counter += 1
incr(); print(counter)
def gen_scope():
    return [lambda: k for k in range(2)]
print([g() for g in gen_scope()])
class Scope:
    x = 10
    y = [x + i for i in range(1)] if False else None
    def m(self): return x
print(Scope().m())
del a, b
try:
    print(a)
except NameError as e:
    print(e)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
if (w := len(lst)) > 1:
    print("walrus", w)
while (chunk := lst.pop() if lst else None) is not None:
    print("chunk", chunk)
print(type(lambda: 0).__name__, (lambda *a: a)(), (lambda **k: k)(a=1))
def outer_fn():
    def inner_fn(): pass
    return inner_fn
print(outer_fn().__qualname__, outer_fn.__qualname__, (lambda: 0).__name__, [lambda: 0][0].__qualname__)
import math as m2, sys as s2
from math import pi as PI, sqrt
print(round(PI, 4), sqrt(16), m2.floor(-1.5), s2.version_info[0])
print(__name__, __doc__, type(__builtins__).__name__ in ("module", "dict"))
pass; print("semi"); x = 1; print(x)
if True: print("one-line if")
for ch in "ab": print(ch, end=" ")
print()
class Empty: ...
def stub(): ...
print(stub(), Empty.__name__)
