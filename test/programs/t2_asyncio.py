# Tier 2: async def, await, asyncio.run, gather, async for, async with.
import asyncio


async def square(n):
    await asyncio.sleep(0)
    return n * n


class Ticker:
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


class Session:
    async def __aenter__(self):
        print("open session")
        return self

    async def __aexit__(self, *exc):
        print("close session")


async def main():
    results = await asyncio.gather(*(square(i) for i in range(5)))
    print(results)
    async for tick in Ticker(3):
        print("tick", tick)
    async with Session():
        print("in session", await square(7))
    return "main done"


print(asyncio.run(main()))
