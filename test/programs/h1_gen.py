def counter(n):
    total = 0
    i = 0
    while i < n:
        x = yield i
        if x is not None:
            total += x
        i += 1
    return total
g = counter(4)
print(next(g), g.send(10), g.send(5), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
def deleg():
    r = yield from counter(3)
    print("sub returned", r)
    yield from [7, 8]
    return "end"
d = deleg()
print(list(d))
d2 = deleg()
print(next(d2), d2.send(100), d2.send(1), next(d2))
def thrower():
    while True:
        try:
            yield
        except ValueError as e:
            print("got", e)
            yield "recovered"
t = thrower()
next(t)
print(t.throw(ValueError("bad")))
try:
    t.throw(KeyError, KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(t.gi_frame is None if hasattr(t, 'gi_frame') else 'n/a')
def closer():
    try:
        yield 1
    finally:
        print("closed!")
c = closer(); next(c); c.close(); c.close()
try:
    next(c)
except StopIteration:
    print("exhausted")
def bad_gen():
    yield 1
    raise StopIteration
try:
    list(bad_gen())
except RuntimeError as e:
    print(e)
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ie = ignore_exit(); next(ie)
try:
    ie.close()
except RuntimeError as e:
    print(e)
gen = (x * x for x in range(5) if x % 2 == 0)
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(sum(x for x in range(10)), max((len(s), s) for s in ["a", "bbb", "cc"]))
fresh = counter(2)
try:
    fresh.send(1)
except TypeError as e:
    print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def running():
    yield me.send(None)
me = running()
try:
    next(me)
except ValueError as e:
    print(e)
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n
print(list(It(3)), [*It(2)], sorted(It(4)), dict.fromkeys(It(2)), set(It(3)))
a, *b, c = It(5)
print(a, b, c)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
try:
    next(iter([]))
except StopIteration as e:
    print("SI", repr(e))
seq = iter(lambda: next(f), 89)
print(list(seq)[-2:])
class OldSeq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq())
z = zip([1, 2, 3], "ab")
print(list(z), list(enumerate("xy", 5)), list(reversed([1, 2, 3])), list(reversed(range(4))))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a", None])))
def gen_with_return_in_try():
    try:
        yield 1
        return 5
    finally:
        print("fin")
print(list(gen_with_return_in_try()))
print([(yield_) for yield_ in range(2)])
def outer():
    x = yield
    y = yield x
    yield y
o = outer(); next(o); print(o.send("a"), o.send("b"))
