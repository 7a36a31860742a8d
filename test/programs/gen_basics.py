# Generator functions: lazy evaluation, state across yields, return value, exhaustion.
def countdown(n):
    print("start countdown")
    while n > 0:
        yield n
        n -= 1
    print("done counting")
    return "finished"


g = countdown(3)
print(type(g).__name__, g.__name__)
print(next(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)


def with_return():
    yield 1
    return "the value"


it = with_return()
next(it)
try:
    next(it)
except StopIteration as e:
    print("return value:", e.value)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(15)])
print(sum(x for x in fib() if x > 1000) if False else "skip infinite")


def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v


print(list(take(5, fib())), list(take(0, fib())))


def empty():
    return
    yield


print(list(empty()), list(iter(empty())))
squares = (i * i for i in range(4))
print(iter(squares) is squares, list(squares))


def pipeline(lines):
    stripped = (l.strip() for l in lines)
    nonblank = (l for l in stripped if l)
    numbered = (f"{i}: {l}" for i, l in enumerate(nonblank, 1))
    return numbered


for line in pipeline(["  alpha ", "", "beta", "   ", "gamma  "]):
    print(line)


def gen_raises():
    yield 1
    raise ValueError("inside generator")


try:
    for v in gen_raises():
        print("got", v)
except ValueError as e:
    print(type(e).__name__, e)


try:
    def bad():
        yield 1
        raise StopIteration("leaked")
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
