import asyncio
import time

log = []

async def step(name, n, delay=0):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(delay)
    return name * n

def blocking(x):
    time.sleep(0.01)
    return x * 2

async def worker(name, q, results):
    while True:
        item = await q.get()
        try:
            if item == "boom":
                raise ValueError(f"{name} got boom")
            results.append((name, item))
            await asyncio.sleep(0)
        except ValueError as e:
            results.append(("error", str(e)))
        finally:
            q.task_done()

async def main():
    r = await asyncio.gather(step("a", 3), step("b", 2), step("c", 1))
    print(r, log)
    log.clear()
    t1 = asyncio.create_task(step("x", 2))
    t2 = asyncio.create_task(step("y", 2))
    log.append("created")
    await asyncio.sleep(0)
    log.append("after first sleep")
    await t1
    await t2
    print(log)

    loop = asyncio.get_running_loop()
    v = await loop.run_in_executor(None, blocking, 21)
    w = await asyncio.to_thread(blocking, 5)
    print("executor", v, w)

    order = []
    loop.call_soon(order.append, "soon1")
    loop.call_soon(order.append, "soon2")
    loop.call_later(0.01, order.append, "later")
    await asyncio.sleep(0.02)
    print(order)

    async with asyncio.TaskGroup() as tg:
        ta = tg.create_task(step("g", 1))
        tb = tg.create_task(step("h", 2, 0.001))
    print("taskgroup", ta.result(), tb.result())

    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout ctx fired")

    q = asyncio.Queue()
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", q, results)) for i in range(2)]
    for item in [1, 2, "boom", 3]:
        q.put_nowait(item)
    await q.join()
    for w_ in workers:
        w_.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print(sorted(map(str, results)), [type(x).__name__ for x in res])

    shielded = asyncio.create_task(step("s", 1, 0.01))
    try:
        await asyncio.wait_for(asyncio.shield(shielded), 0.001)
    except asyncio.TimeoutError:
        print("shield timeout; inner cancelled?", shielded.cancelled())
    print(await shielded)

    async def failing():
        await asyncio.sleep(0)
        raise KeyError("tg-fail")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(asyncio.sleep(1))
    except ExceptionGroup as eg:
        print("eg", eg.exceptions, type(eg).__name__)

asyncio.run(main())
