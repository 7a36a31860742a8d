# Tier 2 asyncio: producer/consumer over asyncio.Queue (bounded, task_done/join), the
# nowait forms and their exceptions, Lock, Event, Semaphore, Condition.
import asyncio


async def producer(queue, name, count):
    for i in range(count):
        item = f"{name}-{i}"
        await queue.put(item)
        print(f"{name} put {item} (size {queue.qsize()})")
    print(f"{name} done")


async def consumer(queue, name, seen):
    while True:
        item = await queue.get()
        seen.append((name, item))
        await asyncio.sleep(0)
        queue.task_done()


async def queues():
    queue = asyncio.Queue(maxsize=2)
    seen = []
    consumers = [asyncio.create_task(consumer(queue, f"c{i}", seen)) for i in range(2)]
    await asyncio.gather(producer(queue, "p", 5), producer(queue, "q", 3))
    await queue.join()
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])
    print(sorted(item for _, item in seen))
    print(queue.empty(), queue.full(), queue.qsize(), queue.maxsize)

    q = asyncio.Queue(1)
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull", q.qsize())
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    pq = asyncio.PriorityQueue()
    for v in [5, 1, 4, 2]:
        pq.put_nowait(v)
    print([pq.get_nowait() for _ in range(4)])
    lq = asyncio.LifoQueue()
    for v in "abc":
        await lq.put(v)
    print([await lq.get() for _ in range(3)])


async def locks():
    lock = asyncio.Lock()
    trace = []

    async def critical(i):
        async with lock:
            trace.append(f"enter {i}")
            await asyncio.sleep(0.001)
            trace.append(f"leave {i}")

    await asyncio.gather(*(critical(i) for i in range(3)))
    print(trace, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()

    async def waiter(i):
        print(f"waiter {i} waiting")
        await event.wait()
        print(f"waiter {i} woke")
        return i

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("set event", event.is_set())
    event.set()
    print(await asyncio.gather(*tasks), event.is_set())

    sem = asyncio.Semaphore(2)
    running = 0
    peak = 0

    async def limited(i):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            await asyncio.sleep(0.001)
            running -= 1
        return i * i

    print(await asyncio.gather(*(limited(i) for i in range(5))), "peak", peak)
    bsem = asyncio.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    box = []

    async def take(i):
        async with cond:
            await cond.wait_for(lambda: box)
            print(f"taker {i} got {box.pop()}")

    takers = [asyncio.create_task(take(i)) for i in range(2)]
    await asyncio.sleep(0)
    for item in ("apple", "pear"):
        async with cond:
            box.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*takers)


asyncio.run(queues())
asyncio.run(locks())
