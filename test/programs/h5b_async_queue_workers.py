# gilvm-nogil: --workers 2
# asyncio.Queue worker pool: producers, consumers, task_done/join, cancel idle workers.
import asyncio


async def producer(q, pid, n):
    for i in range(n):
        await q.put((pid, i))
        await asyncio.sleep(0)


async def consumer(q, cid, out):
    while True:
        pid, i = await q.get()
        try:
            await asyncio.sleep(0.001 * (i % 3))
            out.append((pid, i, cid >= 0))
        finally:
            q.task_done()


async def main():
    q = asyncio.Queue(maxsize=4)
    out = []
    consumers = [asyncio.create_task(consumer(q, c, out)) for c in range(3)]
    await asyncio.gather(*(producer(q, p, 8) for p in range(3)))
    await q.join()
    for c in consumers:
        c.cancel()
    res = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in res])
    print(len(out), sorted(out) == sorted((p, i, True) for p in range(3) for i in range(8)))
    print("cancelled:", [c.cancelled() for c in consumers])
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    try:
        q2.put_nowait("b")
    except asyncio.QueueFull:
        print("QueueFull", q2.full(), q2.qsize())
    print(q2.get_nowait())
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty", q2.empty())
    try:
        q2.task_done()
        q2.task_done()
    except ValueError as e:
        print("ValueError:", e)
    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait(x)
    print([pq.get_nowait() for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print([await lq.get() for _ in range(3)])


asyncio.run(main())
