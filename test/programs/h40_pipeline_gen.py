def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line

def strip_comments(pairs):
    for n, line in pairs:
        line = line.split("#", 1)[0].rstrip()
        if line:
            yield n, line

def parse(pairs):
    for n, line in pairs:
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"line {n}: missing '='")
        yield key.strip(), value.strip()

def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager reset:", e)
            total, count, avg = 0.0, 0, None
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def delegate(results):
    while True:
        result = yield from averager()
        results.append(result)
        if result[0] == 0:
            return "done"

def countdown(n):
    try:
        while n > 0:
            got = yield n
            if got:
                n = got
            else:
                n -= 1
    finally:
        print("  countdown closed at", n)

config = """
# settings
name = demo
threads=4
  # indented comment
ratio = 0.75   # trailing
"""
print(dict(parse(strip_comments(read_lines(config)))))
try:
    list(parse(strip_comments(read_lines("a=1\nbogus\n"))))
except SyntaxError as e:
    print("SyntaxError:", e)

results = []
d = delegate(results)
next(d)
for v in (10, 20, 30):
    print("avg", d.send(v))
d.send(None)
print("results", results)
print(d.send(5), d.throw(ValueError("bad")), d.send(1))
d.send(None)
try:
    d.send(None)
except StopIteration as e:
    print("stop value", e.value, results)

c = countdown(5)
print(next(c), c.send(None), c.send(10), next(c))
c.close()
print(list(countdown(3)))
g = countdown(2)
next(g)
try:
    g.throw(KeyError, "boom")
except KeyError as e:
    print("thrown back", repr(e))
print(next(g, "exhausted"))
squares = (x * x for x in range(6))
evens = (s for s in squares if s % 2 == 0)
print(sum(evens), list(squares))
def flatten(items):
    for it in items:
        if isinstance(it, (list, tuple)):
            yield from flatten(it)
        else:
            yield it
print(list(flatten([1, [2, (3, [4, 5])], [], 6])))
gen = (i for i in range(3))
print(gen.__name__, next(gen), gen.gi_running, type(gen).__name__)
def bad():
    yield 1
    raise StopIteration("inner")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
