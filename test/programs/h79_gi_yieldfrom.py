# gi_yieldfrom and cr_await: what a generator or coroutine suspended in 'yield from' or
# 'await' delegates to, None otherwise (CPython's _PyGen_yf).
import asyncio


def inner():
    yield 1
    yield 2


def outer():
    yield 0
    yield from inner()
    x = yield 'plain'
    yield from [7, 8]


g = outer()
print(g.gi_yieldfrom)
for v in g:
    yf = g.gi_yieldfrom
    print(v, type(yf).__name__ if yf is not None else None, yf.gi_running if hasattr(yf, 'gi_running') else '')
print(g.gi_yieldfrom)


async def sleeper():
    await asyncio.sleep(0)
    return 3


async def main():
    c = sleeper()
    print(c.cr_await)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print(type(c.cr_await).__name__)
    print(await t, c.cr_await)


asyncio.run(main())
try:
    g.cr_await
except AttributeError as e:
    print('AttributeError:', e)
