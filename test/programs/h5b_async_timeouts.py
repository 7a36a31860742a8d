# gilvm-nogil: --workers 2
# wait_for timeouts, cancellation, shield-free cleanup, as_completed and wait.
import asyncio

cleanup = []


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        cleanup.append(name)
        raise


async def main():
    print(await asyncio.wait_for(slow("fast", 0.001), timeout=1))
    try:
        await asyncio.wait_for(slow("slowpoke", 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("TimeoutError", type(e).__name__, cleanup)
    t = asyncio.create_task(slow("victim", 10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled:", t.cancelled(), cleanup)
    order = []
    for fut in asyncio.as_completed([slow("c", 0.3), slow("a", 0.1), slow("b", 0.2)]):
        order.append(await fut)
    print("as_completed:", order)
    tasks = [asyncio.create_task(slow(n, d)) for n, d in (("q", 0.01), ("r", 5))]
    done, pending = await asyncio.wait(tasks, timeout=0.5)
    print("wait:", sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print("cleanup:", cleanup)
    tasks = [asyncio.create_task(slow(n, d)) for n, d in (("m", 0.3), ("n", 0.01))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", [t.result() for t in done], len(pending))
    await asyncio.gather(*pending)
    print(issubclass(asyncio.TimeoutError, Exception), asyncio.TimeoutError is TimeoutError)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))


asyncio.run(main())
