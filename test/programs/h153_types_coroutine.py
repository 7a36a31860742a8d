# gilvm-nogil:
# types.coroutine: a generator function flagged CO_ITERABLE_COROUTINE (awaitable, may yield
# from a coroutine), other callables wrapped; asyncio.iscoroutine of a generator is True (3.11)
import asyncio, types
@types.coroutine
def switch():
    yield
@types.coroutine
def delegating(x):
    yield from asyncio.sleep(0.01)
    r = yield from asyncio.sleep(0, x)
    return r * 2
async def native():
    return "n"
print(types.coroutine(native) is native)
def gen(): yield 1
g2 = types.coroutine(gen)
print(g2 is gen, bool(gen.__code__.co_flags & 0x100))
def plain_returning_gen():
    return gen()
w = types.coroutine(plain_returning_gen)
print(w.__name__, type(w()).__name__)
try:
    types.coroutine(5)
except TypeError as e:
    print("TE", e)
async def main():
    order = []
    async def t(name):
        for i in range(2):
            order.append((name, i))
            await switch()
    await asyncio.gather(t("a"), t("b"))
    print(order)
    print(await delegating(21))
    print(asyncio.iscoroutine(delegating(1)))
    print(await w())
def not_marked():
    yield from native()
try:
    list(not_marked())
except TypeError as e:
    print("TE", e)
asyncio.run(main())
