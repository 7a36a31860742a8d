# gilvm-nogil: --workers 2
# Tier 2 asyncio: async generators (async for, asend/athrow/aclose, finally on break),
# async comprehensions of every kind, async iterators and context managers written as
# classes, and the TypeErrors of the protocols.
import asyncio


async def countdown(n):
    try:
        while n > 0:
            await asyncio.sleep(0)
            yield n
            n -= 1
    finally:
        print("countdown finally")


async def echo():
    received = []
    try:
        while True:
            value = yield len(received)
            received.append(value)
    except ValueError as e:
        print("echo caught", e)
        yield "recovered"
    finally:
        print("echo saw", received)


class AsyncRange:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        self.i = 0
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("acquire", self.name)
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        print("release", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is KeyError


async def main():
    async for n in countdown(3):
        print("got", n)
    print([n async for n in countdown(3) if n != 2])
    print({n: n * n async for n in AsyncRange(3)})
    print({n % 2 async for n in AsyncRange(4)})
    gen = (n * 10 async for n in AsyncRange(3))
    print(type(gen).__name__, [x async for x in gen])
    print([await asyncio.sleep(0, result=i) for i in range(3)])

    g = echo()
    print(type(g).__name__, await g.__anext__())
    print(await g.asend("a"), await g.asend("b"))
    print(await g.athrow(ValueError("bad value")))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

    async for n in countdown(5):
        if n == 4:
            break
    print("after break")

    async with Resource("db") as r:
        print("using", r.name)
    async with Resource("a"), Resource("b"):
        raise KeyError("suppressed by __aexit__")
    try:
        async with Resource("c"):
            raise ValueError("propagates")
    except ValueError as e:
        print("ValueError:", e)

    async def bad_agen():
        yield 1
        raise StopAsyncIteration

    try:
        async for _ in bad_agen():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async for _ in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await 42
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with Resource:
            pass
    except TypeError as e:
        print("TypeError:", e)
    coro = asyncio.sleep(0)
    await coro
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
