# gilvm-nogil: --workers 2
# asyncio.Barrier (new in 3.11): tasks meet at each phase; abort breaks the barrier.
import asyncio

log = []


async def runner(name, barrier, steps):
    for step in range(steps):
        await asyncio.sleep(0.001 * len(name))
        log.append((step, name))
        index = await barrier.wait()
        if index == 0:
            log.append((step, "phase done"))


async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).split(" object at ")[0], repr(barrier).split("[")[1])
    await asyncio.gather(*(runner(n, barrier, 2) for n in ["a", "bb", "ccc"]))
    phases = [sorted(n for s, n in log if s == step) for step in range(2)]
    print("phases:", phases)
    print("parties:", barrier.parties, "waiting:", barrier.n_waiting, "broken:", barrier.broken)

    b2 = asyncio.Barrier(2)
    async def lonely():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            return f"broken: {e}"
    task = asyncio.create_task(lonely())
    await asyncio.sleep(0.01)
    print("waiting before abort:", b2.n_waiting)
    await b2.abort()
    print(await task)
    print("broken:", b2.broken, repr(b2).endswith("[broken]>"))
    await b2.reset()
    print("after reset:", b2.broken)

    async with asyncio.Barrier(1) as idx:
        print("async with index:", idx)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    print("is RuntimeError:", issubclass(asyncio.BrokenBarrierError, RuntimeError))

asyncio.run(main())
