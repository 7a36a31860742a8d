import asyncio

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} failed")
    return f"{name}:{delay}"

async def producer(q, n):
    for i in range(n):
        await q.put(i)
        await asyncio.sleep(0)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * 10)

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("slow cancelled")
        raise

async def main():
    results = await asyncio.gather(fetch("a", 0.02), fetch("b", 0.01), fetch("c", 0))
    print("gather", results)
    mixed = await asyncio.gather(fetch("x", 0), fetch("y", 0, fail=True), return_exceptions=True)
    print("mixed", [repr(r) for r in mixed])
    try:
        await asyncio.gather(fetch("p", 0), fetch("q", 0.001, fail=True))
    except ConnectionError as e:
        print("gather raised", e)

    task = asyncio.create_task(fetch("t", 0.01), name="fetcher")
    print(task.get_name(), task.done())
    print(await task, task.done(), task.result())

    try:
        await asyncio.wait_for(slow(), timeout=0.02)
    except asyncio.TimeoutError:
        print("timed out")

    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print("queue", out, q.empty(), q.qsize())

    order = []
    for coro in asyncio.as_completed([fetch("s3", 0.18), fetch("s1", 0.06), fetch("s2", 0.12)]):
        order.append(await coro)
    print("as_completed", order)

    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())

    lock = asyncio.Lock()
    counter = 0
    async def bump():
        nonlocal counter
        async with lock:
            v = counter
            await asyncio.sleep(0)
            counter = v + 1
    await asyncio.gather(*(bump() for _ in range(10)))
    print("counter", counter)

    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.005)
        ev.set()
    asyncio.create_task(setter())
    print("event", await ev.wait())

    sem = asyncio.Semaphore(2)
    running = []
    peak = 0
    async def limited(i):
        nonlocal peak
        async with sem:
            running.append(i)
            peak = max(peak, len(running))
            await asyncio.sleep(0.002)
            running.remove(i)
        return i
    print("sem", await asyncio.gather(*[limited(i) for i in range(5)]), peak)
    done, pending = await asyncio.wait([asyncio.create_task(fetch("w", 0))])
    print(len(done), len(pending), [d.result() for d in done])
    return "finished"

print(asyncio.run(main()))
async def boom():
    await asyncio.sleep(0)
    raise ValueError("async boom")
asyncio.run(boom())
