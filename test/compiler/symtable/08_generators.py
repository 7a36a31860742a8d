def gen(n):
    for i in range(n):
        yield i
    x = yield
    yield from range(x)
async def co(a):
    await a
    async with a as b:
        pass
    async for c in b:
        pass
    return [d async for d in a]
