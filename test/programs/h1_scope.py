class C:
    x = 5
    y = [x for _ in range(1)] if False else None
    try:
        z = [x for _ in range(1)]
    except NameError as e:
        err = str(e)
print(C.err)
class D:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
    pairs = {v: v for v in vals}
print(D.doubled, D.pairs)
x = "global"
def f():
    print(x)
    def g():
        global x
        x = "changed"
    g()
    print(x)
f()
def closure_loop():
    fs = []
    for i in range(3):
        def h(i=i): return i
        fs.append(h)
    return [fn() for fn in fs]
print(closure_loop())
def late():
    fs = [lambda: i for i in range(3)]
    i = 10
    return [fn() for fn in fs]
print(late())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1.__closure__[0].cell_contents)
def gen_vars():
    total = 0
    for v in (yield_ for yield_ in range(4)):
        total += v
    return total
print(gen_vars())
y = 1
def shadow_param(y=y + 1):
    return y
y = 100
print(shadow_param())
def kw(**kwargs):
    return kwargs
print(kw(**{"a": 1}, b=2), kw(), kw(**dict(c=3)))
def unbound():
    try:
        return v
    finally:
        pass
    v = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def free_unbound():
    def inner():
        return w
    try:
        return inner()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
free_unbound()
def del_local():
    q = 1
    del q
    try:
        q
    except UnboundLocalError as e:
        print(e)
del_local()
comp_var = "outer"
res = [comp_var for comp_var in "ab"]
print(res, comp_var)
print([[j for j in range(i)] for i in range(3)], [(a, b) for a in range(3) if a for b in range(a) if b != 1])
gen = ((i, j) for i in range(2) for j in range(2))
print(list(gen))
try:
    (i for i in 5)
except TypeError as e:
    print(e)
def nested_gen_lookup():
    base = 10
    return list(base + k for k in range(2))
print(nested_gen_lookup())
lambda_list = [(lambda n: lambda: n)(i) for i in range(3)]
print([l() for l in lambda_list])
def rec(n):
    return 1 if n == 0 else n * rec(n - 1)
print(rec(20))
def deep(n):
    return deep(n + 1)
try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)
import sys
sys.setrecursionlimit(200)
def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth() > 100)
