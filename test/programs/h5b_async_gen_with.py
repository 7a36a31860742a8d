# gilvm-nogil: --workers 2
# async generators, async for, async comprehensions, async context managers.
import asyncio


async def ticker(n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield i


class Resource:
    log = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        Resource.log.append("open " + self.name)
        return self

    async def __aexit__(self, et, ev, tb):
        Resource.log.append("close %s %s" % (self.name, et.__name__ if et else None))
        return et is KeyError


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    out = []
    async for x in ticker(4):
        out.append(x * x)
    print(out)
    print([x async for x in ticker(5) if x % 2 == 0])
    print({x: x * 2 async for x in Countdown(3)})
    async with Resource("a") as r, Resource("b"):
        print("inside", r.name)
    async with Resource("c"):
        raise KeyError("swallowed")
    try:
        async with Resource("d"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)
    print(Resource.log)
    g = ticker(10)
    print(await g.__anext__(), await g.__anext__())
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("closed generator exhausted")
    results = await asyncio.gather(*(collect(i) for i in range(3)))
    print(results)


async def collect(n):
    return [x async for x in ticker(n + 2, 0.001)]


asyncio.run(main())
