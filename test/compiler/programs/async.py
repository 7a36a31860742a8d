async def co(a):
    async with a as b:
        pass
    async for c in b:
        pass
    return [d async for d in a]
def gen(x):
    r = yield from x
    yield r
async def agen(a):
    async for x in a:
        yield await x
async def nested(a):
    try:
        async with a:
            await a
    finally:
        await a.close()
def lam():
    return lambda: (yield)
