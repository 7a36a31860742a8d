# gilvm-nogil: --workers 2
# Cancellation edge cases: swallowed cancel, cancelling(), gather cancel, wait() arguments.
import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        return "swallowed"


async def sleeper(d, r=None):
    return await asyncio.sleep(d, r)


async def cleanup_with_await(log):
    try:
        await asyncio.sleep(10)
    finally:
        await asyncio.sleep(0)
        log.append("cleaned")


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("cancel():", t.cancel(), "cancelling:", t.cancelling())
    print("result:", await t, "cancelled:", t.cancelled(), "cancel done:", t.cancel())
    print("sleep result:", await sleeper(0, "value"))
    a = asyncio.create_task(sleeper(10))
    b = asyncio.create_task(sleeper(10))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled; children:", a.cancelled(), b.cancelled())
    log = []
    c = asyncio.create_task(cleanup_with_await(log))
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    print(log, c.cancelled())
    co = sleeper(0)
    try:
        await asyncio.wait([co])
    except TypeError as e:
        print("TypeError:", e)
    co.close()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        for f in asyncio.as_completed([sleeper(10)], timeout=0.01):
            await f
    except asyncio.TimeoutError:
        print("as_completed timed out")
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        print(await asyncio.wait_for(sleeper(0, "zero"), 0))
    except asyncio.TimeoutError as e:
        print("wait_for(0) on a coroutine:", type(e).__name__, type(e.__cause__).__name__)
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print(await asyncio.wait_for(done, 0))
    async with asyncio.timeout(None) as cm:
        print("expired:", cm.expired(), cm.when())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("expired now:", cm.expired())
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except asyncio.TimeoutError:
        print("event wait timed out", ev.is_set())
    q = asyncio.Queue(1)
    await q.put(1)
    p = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    p.cancel()
    await asyncio.sleep(0)
    print("blocked put cancelled:", p.cancelled(), q.qsize(), q.get_nowait(), q.empty())


asyncio.run(main())
