# anext(it[, default]) and aiter(obj)
import asyncio
async def agen():
    for i in range(3):
        yield i
async def main():
    g = agen()
    print(await anext(g))
    print(await anext(g))
    print(await anext(g))
    print(await anext(g, 'done'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('stop')
    it = aiter(agen())
    print(await anext(it))
asyncio.run(main())
class Counter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
async def main2():
    c = Counter(2)
    print(await anext(c), await anext(c), await anext(c, -1))
    for bad in (5, [1]):
        try:
            anext(bad)
        except TypeError as e: print(e)
        try:
            aiter(bad)
        except TypeError as e: print(e)
    async for x in aiter(Counter(3)):
        print('x', x)
asyncio.run(main2())
