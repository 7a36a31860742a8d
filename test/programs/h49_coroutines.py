# gilvm-nogil: --workers 2
"""Generator-based coroutines: send(), throw(), close(), yield from delegation, return values."""


def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total = count = 0
            avg = None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)


def delegator(results, key):
    while True:
        result = yield from averager()
        results[key] = result
        key += "'"


results = {}
d = delegator(results, "a")
print(next(d))
for v in (10, 20, 30):
    print("avg", d.send(v))
d.throw(ValueError("bad sample"))
print("avg", d.send(5))
d.send(None)
print(d.send(7), d.send(None) if False else "-")
d.send(None)
print(results)
d.close()
try:
    d.send(1)
except StopIteration as e:
    print("closed StopIteration", e.value)


def grep(pattern):
    print(f"looking for {pattern!r}")
    hits = []
    try:
        while True:
            line = yield
            if pattern in line:
                hits.append(line)
    except GeneratorExit:
        print("grep closing with", hits)
        raise


g = grep("py")
next(g)
for line in ["python", "ruby", "pypy", "java"]:
    g.send(line)
g.close()
g.close()
print(g.gi_frame is None)


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def counter(start):
    n = start
    while True:
        cmd = yield n
        if cmd == "reset":
            n = start
        elif isinstance(cmd, int):
            n += cmd
        else:
            n += 1


c = counter(10)
print([next(c), c.send(5), c.send(None), c.send("reset"), next(c)])
try:
    c.throw(KeyError, "boom")
except KeyError as e:
    print("thrown out:", repr(e))
print(next(c, "exhausted"))

fresh = counter(0)
try:
    fresh.send(3)
except TypeError as e:
    print("TypeError:", e)


def inner():
    x = yield "inner-1"
    y = yield f"inner-2 got {x}"
    return x + y


def outer():
    r = yield from inner()
    yield f"outer got {r}"
    r2 = yield from [1, 2]
    yield r2


o = outer()
print(next(o), o.send(3), o.send(4), next(o), next(o), next(o), list(o))


def pipeline():
    def producer(target):
        for word in "the quick brown fox".split():
            target.send(word)
        target.close()

    def upper(target):
        try:
            while True:
                target.send((yield).upper())
        finally:
            target.close()

    def sink():
        got = []
        try:
            while True:
                got.append((yield))
        finally:
            print("sink:", got)

    s = sink(); next(s)
    u = upper(s); next(u)
    producer(u)


pipeline()


def gen_with_return():
    yield 1
    return "done"


gr = gen_with_return()
print(next(gr))
try:
    next(gr)
except StopIteration as e:
    print("return value:", e.value, e.args)
g2 = (i * i for i in range(3))
print(next(g2), g2.send(None), list(g2), type(g2).__name__)


def bad_gen():
    yield 1
    raise StopIteration("leak")


try:
    list(bad_gen())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))

running = None


def self_ref():
    yield running.send(None)


running = self_ref()
try:
    next(running)
except ValueError as e:
    print("ValueError:", e)
