# gilvm-nogil:
# coroutine.__await__() returns a coroutine_wrapper that is its own iterator, as are an
# async generator's asend()/athrow() awaitables: iter() returns them, `yield from` in an
# __await__ delegates to them, and next() ends with the StopIteration carrying the value
import asyncio

async def compute(x):
    await asyncio.sleep(0)
    return x * 10

class Deferred:
    """An awaitable written the classic way: __await__ delegates to a coroutine."""
    def __init__(self, x):
        self.x = x
    def __await__(self):
        result = yield from compute(self.x).__await__()
        return result + 1

class Passthrough:
    def __init__(self, x):
        self.x = x
    def __await__(self):
        return compute(self.x).__await__()

async def agen():
    yield "first"
    yield "second"

async def plain():
    return "plain-value"

def stop_value(it):
    try:
        next(it)
    except StopIteration as e:
        return ("stop", e.value)
    return ("no stop",)

w = plain().__await__()
print(type(w).__name__, iter(w) is w, hasattr(w, "__next__"))
print(stop_value(w))
try:
    next(w)
except RuntimeError as e:
    print("again:", e)

g = agen()
a = g.asend(None)
print(type(a).__name__, iter(a) is a)
print(stop_value(a))
t = g.athrow(ValueError("x"))
print(type(t).__name__, iter(t) is t)
try:
    next(t)
except ValueError as e:
    print("athrow raised", e)

def driver():
    value = yield from plain().__await__()
    return value
print(stop_value(driver()))
print(list(plain().__await__()))

async def main():
    print(await Deferred(4))
    print(await Passthrough(5))
    print(await asyncio.gather(Deferred(1), Passthrough(2)))

asyncio.run(main())
