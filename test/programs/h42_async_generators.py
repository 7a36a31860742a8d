# gilvm-nogil: --workers 2
# Async generators, async comprehensions, async context managers and timeouts.
import asyncio


class Resource:
    opened = []

    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0)
        Resource.opened.append(self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        Resource.opened.remove(self.name)
        print(f"closing {self.name}, exception: {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


async def countdown(n, delay=0.001):
    try:
        while n > 0:
            yield n
            await asyncio.sleep(delay)
            n -= 1
    finally:
        print("countdown finished")


async def ticks():
    i = 0
    while True:
        yield i
        i += 1
        await asyncio.sleep(0.01)


class AsyncRange:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i


async def main():
    async for x in countdown(3):
        print("tick", x)
    squares = [x * x async for x in countdown(4) if x % 2 == 0]
    print("async comprehension:", squares)
    print("AsyncRange:", [v async for v in AsyncRange(5)])

    async with Resource("db") as r:
        print("inside", r.name, Resource.opened)
    async with Resource("cache"):
        raise KeyError("swallowed")
    print("after swallowed KeyError")
    try:
        async with Resource("file"):
            raise ValueError("propagates")
    except ValueError as e:
        print("caught", e)

    gen = ticks()
    got = []
    try:
        async with asyncio.timeout(0.055) if hasattr(asyncio, "timeout") else _Timeout(0.055):
            async for t in gen:
                got.append(t)
    except TimeoutError:
        print("stream timed out after some ticks:", len(got) >= 1)
    await gen.aclose()

    agen = countdown(2)
    print("anext:", await anext(agen), await agen.__anext__())
    await agen.aclose()
    print("default anext:", await anext(AsyncRange(0), "empty"))


class _Timeout:
    def __init__(self, delay):
        self.delay = delay

    async def __aenter__(self):
        self.task = asyncio.current_task()
        self.handle = asyncio.get_running_loop().call_later(self.delay, self.task.cancel)

    async def __aexit__(self, et, e, tb):
        self.handle.cancel()
        if et is asyncio.CancelledError:
            raise TimeoutError


asyncio.run(main())
