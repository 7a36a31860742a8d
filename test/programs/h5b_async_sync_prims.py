# gilvm-nogil: --workers 2
# asyncio Lock, Event, Condition, Semaphore and async with.
import asyncio

counter = 0


async def incr(lock, n):
    global counter
    for _ in range(n):
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1


async def waiter(ev, name, out):
    await ev.wait()
    out.append(name)


async def limited(sem, i, state):
    async with sem:
        state["in"] += 1
        state["peak"] = max(state["peak"], state["in"])
        await asyncio.sleep(0.001)
        state["in"] -= 1
    return i


async def cons(cond, box, out):
    async with cond:
        await cond.wait_for(lambda: box)
        out.append(box.pop())


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*(incr(lock, 50) for _ in range(4)))
    print("counter:", counter, "locked:", lock.locked())
    ev = asyncio.Event()
    out = []
    ws = [asyncio.create_task(waiter(ev, n, out)) for n in "abc"]
    await asyncio.sleep(0)
    print("before set:", out, ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print("after set:", out)
    sem = asyncio.Semaphore(2)
    state = {"in": 0, "peak": 0}
    print(await asyncio.gather(*(limited(sem, i, state) for i in range(6))), state)
    cond = asyncio.Condition()
    box = []
    got = []
    cs = [asyncio.create_task(cons(cond, box, got)) for _ in range(2)]
    for v in (1, 2):
        await asyncio.sleep(0)
        async with cond:
            box.append(v)
            cond.notify()
    await asyncio.gather(*cs)
    print("condition got:", sorted(got))
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
