# gilvm-nogil: --workers 2
# asyncio.wait, as_completed, shield, current_task/all_tasks and task cancellation messages.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("fast", 0.01), ("mid", 0.05), ("slow", 0.3)]}
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done], "pending:", sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print("after timeout:", sorted(t.result() for t in done), sorted(t.get_name() for t in pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cancelled:", [t.cancelled() for t in pending])

    order = []
    for coro in asyncio.as_completed([job("c", 0.15), job("a", 0.05), job("b", 0.1)]):
        order.append(await coro)
    print("as_completed order:", order)

    t1 = asyncio.create_task(job("x", 0.01, fail=True))
    t2 = asyncio.create_task(job("y", 0.25))
    done, pending = await asyncio.wait([t1, t2], return_when=asyncio.FIRST_EXCEPTION)
    print("first exception:", [repr(t.exception()) for t in done], len(pending))
    await t2

    inner = asyncio.create_task(job("protected", 0.03))
    try:
        await asyncio.wait_for(asyncio.shield(inner), timeout=0.01)
    except asyncio.TimeoutError:
        print("shield: outer timed out, inner cancelled?", inner.cancelled())
    print("inner still finishes:", await inner)

    me = asyncio.current_task()
    print("current task name:", me.get_name(), "is in all_tasks:", me in asyncio.all_tasks())

    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("cleanup before re-raising")
            raise
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        print("CancelledError args:", e.args)
    print("done:", t.done(), "cancelled:", t.cancelled())

    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)

    results = await asyncio.gather(*(job(str(i), 0.001 * (5 - i)) for i in range(5)))
    print("gather keeps order:", results)


asyncio.run(main())
