# Generator send(), throw() and close(); GeneratorExit; try/finally in generators.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(acc.send(None))
print(acc.send(5), acc.send(10), acc.send(-3))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print(type(e).__name__, e)


def resilient():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("handled", e)
            yield "recovered"


r = resilient()
print(next(r))
print(r.throw(ValueError("bad input")))
print(next(r))
try:
    r.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(r, "closed after exception"))


def with_cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("cleanup ran")


c = with_cleanup()
print(next(c))
c.close()
c.close()
print(next(c, "done"))


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "no"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)

unstarted = with_cleanup()
unstarted.close()
print("closing an unstarted generator runs nothing")


def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo received", received)


e = echo()
next(e)
for word in ["a", "b", "c"]:
    e.send(word)
e.close()


def thrower():
    yield 1


t = thrower()
try:
    t.throw(ValueError("before start"))
except ValueError as err:
    print("unstarted throw:", err)
print(next(t, "exhausted"))
