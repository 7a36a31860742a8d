# Tier 2 asyncio: cancellation (CancelledError at the await, finally blocks, messages,
# a task that swallows it), wait_for timeouts, asyncio.timeout, wait() modes,
# as_completed order, shield.
import asyncio


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    finally:
        print(f"{name} cleanup")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn ignores the cancel")
    return "survived"


async def main():
    task = asyncio.create_task(sleeper("long", 10))
    await asyncio.sleep(0)
    print("cancel ->", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(task.cancelled(), task.done(), task.cancel())

    t = asyncio.create_task(sleeper("msg", 10))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled())

    unstarted = asyncio.create_task(sleeper("unstarted", 1))
    unstarted.cancel()
    try:
        await unstarted
    except asyncio.CancelledError:
        print("cancelled before it ran")

    try:
        await asyncio.wait_for(sleeper("slow", 10), timeout=0.02)
    except asyncio.TimeoutError as e:
        print("wait_for timed out:", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(sleeper("quick", 0.001), timeout=5))

    try:
        async with asyncio.timeout(0.02):
            await sleeper("in-timeout", 10)
    except TimeoutError:
        print("asyncio.timeout expired")
    async with asyncio.timeout(5) as cm:
        await asyncio.sleep(0)
    print("expired?", cm.expired())

    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in [("w1", 0.3), ("w2", 0.01)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first completed:", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.001)
    print("after timeout:", len(done), len(pending))
    done, pending = await asyncio.wait(tasks)
    print("all:", sorted(t.result() for t in done), len(pending))

    order = []
    for next_done in asyncio.as_completed([sleeper("c3", 0.25), sleeper("c1", 0.01), sleeper("c2", 0.12)]):
        order.append(await next_done)
    print("as_completed:", order)

    inner = asyncio.create_task(sleeper("shielded", 0.1))
    outer = asyncio.ensure_future(asyncio.shield(inner))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled, inner still running:", not inner.done())
    print(await inner)

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    coro = sleeper("never", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()


asyncio.run(main())
