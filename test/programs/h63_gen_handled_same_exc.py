# A generator or coroutine thrown the very exception its caller is handling keeps it while
# suspended in its except block (bare raise, sys.exc_info, __context__), as asyncio's
# cancellation and timeouts need.
import sys
def gen():
    try:
        yield 0
    except KeyError:
        print("in handler", sys.exc_info()[0])
        yield 1
        print("resumed", sys.exc_info()[0])
        raise
g = gen(); next(g)
try:
    raise KeyError("k")
except KeyError as exc:
    print(g.throw(exc))
try:
    next(g)
except KeyError as e:
    print("caught", repr(e))

import asyncio, sys

async def worker(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled, cleaning up")
        await asyncio.sleep(0.01)
        log.append("cleanup done")
        raise

async def timeout_demo():
    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        return "TimeoutError"

async def waitfor_cancel():
    inner = asyncio.create_task(asyncio.wait_for(asyncio.sleep(5), timeout=10))
    await asyncio.sleep(0.01)
    inner.cancel()
    try:
        await inner
    except asyncio.CancelledError:
        return "inner cancelled"

async def chain():
    async def failing():
        await asyncio.sleep(0)
        raise ConnectionError("lost")
    t = asyncio.create_task(failing())
    try:
        await t
    except ConnectionError:
        await asyncio.sleep(0)
        try:
            raise RuntimeError("wrapped")
        except RuntimeError as e:
            return repr(e.__context__)

async def group():
    async def bad(n):
        await asyncio.sleep(0.01 * n)
        raise ValueError(f"bad {n}")
    async def slow():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            await asyncio.sleep(0)
            raise
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad(1))
            tg.create_task(slow())
            tg.create_task(slow())
    except ExceptionGroup as eg:
        return [repr(e) for e in eg.exceptions]

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log.append("main saw CancelledError")
    print(log)
    print(await timeout_demo())
    print(await waitfor_cancel())
    print(await chain())
    print(await group())

asyncio.run(main())
