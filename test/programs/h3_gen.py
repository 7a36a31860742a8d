# gilvm-nogil: --workers 2
# generators (test_generators): send/throw/close protocol, return values via StopIteration and yield from, gi_ attributes, running-generator errors, generator expressions scoping, iterator protocol.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
def echo():
    got = None
    while True:
        try:
            got = yield got
        except ValueError as e:
            got = "caught %s" % e
        if got == "stop":
            return "done"
g = echo()
print(next(g), g.send(1), g.send("x"), g.throw(ValueError("v")), g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print("StopIteration", e.value, e.args)
t(lambda: g.send(1)); t(lambda: next(g))
g2 = echo(); t(lambda: g2.send(5)); print(g2.send(None))
def inner():
    x = yield 1
    y = yield x
    return (x, y)
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    return "outer"
o = outer(); print(next(o), o.send("a"), o.send("b"), next(o))
try:
    next(o)
except StopIteration as e:
    print("final", e.value)
def thrower():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
th = thrower(); next(th); t(lambda: th.throw(KeyError("k"))); t(lambda: next(th))
th2 = thrower(); print(th2.close(), "closed before start"); th3 = thrower(); next(th3); th3.close(); th3.close()
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit(); next(ie); t(ie.close)
def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        return 5
rc = ret_in_close(); next(rc); print(rc.close())
def running():
    yield me.send(None)
me = running(); t(lambda: next(me))
def stopit():
    yield 1
    raise StopIteration("inside")
t(lambda: list(stopit()))
def gen_attrs():
    yield 1
ga = gen_attrs()
print(ga.__name__, ga.__qualname__, ga.gi_running, ga.gi_frame is not None, type(ga).__name__, iter(ga) is ga)
next(ga); t(lambda: next(ga)); print(ga.gi_frame)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib(); print([next(f) for _ in range(10)])
import itertools
print(list(itertools.islice(fib(), 5, 10)))
ge = (x * x for x in range(5)); print(next(ge), list(ge), list(ge))
t(lambda: (x for x in 5)); t(lambda: list(x for x in [1] if 1 / 0)); t(lambda: next(iter([]))); t(lambda: next(iter([]), "default")); t(lambda: next(5)); t(lambda: next([1]))
x = 10
gx = (x + i for i in range(2)); x = 20; print(list(gx))
ys = [lambda: i for i in range(3)]; print([f() for f in ys])
class C:
    v = 5
    items = [v for _ in range(2)] if False else None
    try:
        bad = [v for _ in range(2)]
    except NameError as e:
        print("NameError", e)
def send_first():
    g = (i for i in range(3))
    return g.send(None), g.send(7)
t(send_first)
t(lambda: (i for i in range(3)).send(1))
def deleg():
    yield from deleg_inner()
def deleg_inner():
    try:
        yield 1
    except ValueError:
        yield "inner handled"
d = deleg(); next(d); print(d.throw(ValueError))
def yf_iter():
    r = yield from iter([1, 2])
    yield r
print(list(yf_iter()))
def yf_gen_close():
    try:
        yield from thrower()
    finally:
        print("outer finally")
yc = yf_gen_close(); next(yc); yc.close()
def counter():
    n = 0
    while True:
        n += 1
        cmd = yield n
        if cmd == "reset":
            n = 0
c = counter(); print(next(c), next(c), c.send("reset"), next(c))
print(sum(x for x in range(101)), max((len(w), w) for w in ["a", "ccc", "bb"]), sorted((y for y in "hello"), reverse=True), any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
def unpack_gen():
    a, b = (yield), (yield)
    yield a + b
u = unpack_gen(); next(u); u.send(3); print(u.send(4))
print(list(zip(range(3), (c for c in "abcdef"))), dict((i, i * i) for i in range(3)), tuple(reversed([i for i in range(3)])))
