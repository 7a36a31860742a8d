def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i-recovered"
    finally:
        print("inner finally")
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
g = outer()
print(next(g), g.send("S"), g.throw(KeyError("k")), next(g))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
g2 = outer(); next(g2)
g2.close()
print("closed g2")
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def drive():
    result = yield from accumulate()
    yield f"result={result}"
d = drive(); next(d)
for v in [1, 2, 3]:
    print(d.send(v), end=" ")
print(d.send(None))
def pipeline(src):
    for x in src:
        if x % 2:
            yield x * x
print(list(pipeline(range(10))), sum(pipeline(iter([1, 3]))))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", [1], range(2), {"k": 0}, (x for x in "z"))))
def g_throw_uncaught():
    yield 1
gt = g_throw_uncaught(); next(gt)
try:
    gt.throw(ValueError("x"))
except ValueError as e:
    print("thrown out", e)
print(list(gt))
def g_ret():
    return 5
    yield
try:
    next(g_ret())
except StopIteration as e:
    print("ret value", e.value)
gen_exp = (i for i in range(3))
print(next(gen_exp), gen_exp.send(None), list(gen_exp))
def stateful():
    for i in range(3):
        cmd = yield i
        if cmd == "skip":
            yield "skipped"
s = stateful()
print(next(s), s.send("skip"), next(s), next(s))
def subgen_exc():
    yield 1
    raise IndexError("sub")
def catcher():
    try:
        yield from subgen_exc()
    except IndexError as e:
        yield f"caught {e}"
print(list(catcher()))
def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "finally"
print(list(yield_in_finally()))
def gen_closing_twice():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        return
gc_ = gen_closing_twice(); next(gc_); gc_.close(); gc_.close()
def g_with_ctx():
    class C:
        def __enter__(self): print("enter"); return self
        def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None)
    with C():
        yield 1
        yield 2
w = g_with_ctx(); next(w); del w
print("after del")
it = iter(range(3))
print(list(zip(it, it)), list(it))
print(list(map(lambda p: p[0] + p[1], zip(*[iter([1, 2, 3, 4])] * 2))))
