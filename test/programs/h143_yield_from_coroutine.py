# gilvm-nogil:
# `yield from` a coroutine in a plain generator: CPython's GET_YIELD_FROM_ITER TypeError
# (not "'coroutine' object is not iterable"); the coroutine itself is left unstarted
async def work():
    return 1
def delegate(c):
    got = yield from c
    yield got
c = work()
g = delegate(c)
try:
    next(g)
except TypeError as e:
    print("TypeError:", e)
print(g.gi_frame)
c.close()
def direct():
    yield from work.__call__().__await__()
d = direct()
try:
    next(d)
except StopIteration as e:
    print("await iterator ok:", e.value)
def gen_inner():
    yield "g"
def from_gen():
    yield from gen_inner()
print(list(from_gen()))
