# gilvm-nogil: --workers 2
# generators part 2: yield in finally during close, throw() forms (class, instance, type+value, non-exception), yield from delegation of send, return values, itertools over generators, close raising.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
# generators more
def g():
    try:
        yield 1
    finally:
        yield 2
x = g(); next(x)
t(x.close)
def g2():
    yield 1
x2 = g2()
t(lambda: x2.throw(ValueError))
t(lambda: next(x2))
t(lambda: x2.throw(ValueError, ValueError("v2")))
def g3():
    while True:
        try:
            yield
        except KeyError:
            print("KeyError absorbed")
x3 = g3(); next(x3)
t(lambda: x3.throw(KeyError))
t(lambda: x3.throw(KeyError("k")))
t(lambda: x3.throw(5))
t(lambda: x3.throw(TypeError, "msg"))
def g4():
    yield from range(2)
    yield from g4_inner()
def g4_inner():
    x = yield "inner"
    print("inner got", x)
x4 = g4()
print(next(x4), next(x4), next(x4))
t(lambda: x4.send("payload"))
def g5():
    return 5
    yield
t(lambda: next(g5()))
try:
    next(g5())
except StopIteration as e:
    print("value", e.value)
def g6():
    yield 1
    return
print(list(g6()))
ge = (i for i in range(3))
t(lambda: ge.gi_code.co_name)
t(lambda: ge.__name__)
def g7():
    x = yield
    while x is not None:
        x = yield x * 2
x7 = g7(); next(x7)
print(x7.send(1), x7.send(5))
t(lambda: x7.send(None))
import itertools
t(lambda: list(itertools.chain.from_iterable([[1], (2,), "ab"])))
t(lambda: list(itertools.zip_longest("ab", "c", fillvalue="-")))
t(lambda: list(itertools.accumulate([1, 2, 3], lambda a, b: a * b)))
t(lambda: [list(g) for k, g in itertools.groupby("aabbbc")])
t(lambda: list(itertools.product("ab", repeat=2)))
t(lambda: list(itertools.combinations_with_replacement("ab", 2)))
t(lambda: list(itertools.islice(itertools.count(10, 5), 3)))
t(lambda: list(itertools.compress("abcd", [1, 0, 1, 0])))
t(lambda: list(itertools.filterfalse(None, [0, 1, 2])))
t(lambda: next(itertools.cycle("xy")))
def fibgen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
t(lambda: list(itertools.takewhile(lambda v: v < 50, fibgen())))
def closer():
    try:
        yield
    except GeneratorExit:
        raise ValueError("in close")
c = closer(); next(c)
t(c.close)
def g8():
    yield 1
    yield 2
x8 = g8()
t(lambda: (next(x8), x8.close(), list(x8)))
