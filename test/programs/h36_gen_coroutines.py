# gilvm-nogil: --workers 2
# generator-based coroutines: send/throw/close, yield from return values, PEP 479
def averager():
    total = count = 0
    avg = None
    while True:
        try:
            value = yield avg
        except ValueError as e:
            print("  averager got ValueError:", e)
            continue
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

def grouper(results, key):
    while True:
        results[key] = yield from averager()

def main(data):
    results = {}
    for key, values in data.items():
        group = grouper(results, key)
        next(group)
        for v in values:
            group.send(v)
        group.send(None)
    return results

print(main({"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}))

a = averager()
print(next(a), a.send(10), a.send(20))
print(a.throw(ValueError("bad sample")))
print(a.send(30))
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

# close() runs finally; generator that yields in finally on close -> RuntimeError
def resource(name):
    print(f"  open {name}")
    try:
        while True:
            cmd = yield
            print(f"  {name} <- {cmd}")
    finally:
        print(f"  close {name}")

r = resource("db")
next(r)
r.send("select")
r.close()
r.close()
print(r.gi_frame is None)

def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

# throw into a just-started generator / an exhausted one
def simple():
    yield 1
g = simple()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("KeyError:", e)
print(list(g))
try:
    g.throw(TypeError)
except TypeError as e:
    print("TypeError (exhausted):", repr(e))

# send non-None to a just-started generator
g = simple()
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)

# PEP 479: StopIteration inside a generator becomes RuntimeError
def leaky(it):
    while True:
        yield next(it)
try:
    print(list(leaky(iter([1, 2]))))
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

# yield from delegating throw/close to a sub-generator
def inner():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("  inner closing")
        raise
    except KeyError:
        yield "inner handled KeyError"
    return "inner done"

def outer():
    result = yield from inner()
    print("  outer got", result)
    yield "after"

o = outer()
print(next(o), o.throw(KeyError), next(o))
o2 = outer()
next(o2)
o2.close()

# generator states
def states():
    yield 1
st = states()
print(st.gi_running, st.gi_frame is not None, st.gi_suspended if hasattr(st, "gi_suspended") else "")
next(st)
print(st.gi_suspended)
# running generator cannot be re-entered
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)

# generator expression laziness and exhaustion
nums = [1, 2, 3]
gen = (n * 10 for n in nums)
nums.append(4)
print(list(gen), list(gen))
gen = (n for n in range(3))
print(2 in gen, list(gen))
print(sum(x * x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc dd".split()))
