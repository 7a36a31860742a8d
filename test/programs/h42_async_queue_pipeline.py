# gilvm-nogil: --workers 2
# asyncio.Queue producer/consumer pipeline with task_done/join and cancellation of workers.
import asyncio
import random


async def producer(queue, n):
    for i in range(n):
        await asyncio.sleep(random.random() / 200)
        await queue.put(i)
    return n


async def worker(name, queue, results):
    try:
        while True:
            item = await queue.get()
            await asyncio.sleep(0.001 * (item % 3))
            results.append((item, item * item))
            queue.task_done()
    except asyncio.CancelledError:
        results.append((name, "cancelled"))
        raise


async def main():
    queue = asyncio.Queue(maxsize=3)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    produced = await asyncio.gather(producer(queue, 10), producer(queue, 5))
    print("produced:", produced)
    await queue.join()
    print("queue empty:", queue.empty(), queue.qsize(), "full:", queue.full(), queue.maxsize)
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("workers:", [type(o).__name__ for o in outcome])
    print("cancelled:", [w.cancelled() for w in workers])
    squares = sorted(r for r in results if isinstance(r[0], int))
    print("items:", len(squares), squares[:5])
    print("cancel notes:", sorted(r for r in results if isinstance(r[0], str)))

    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty raised")
    bq = asyncio.Queue(1)
    bq.put_nowait("x")
    try:
        bq.put_nowait("y")
    except asyncio.QueueFull:
        print("QueueFull raised")
    try:
        await asyncio.wait_for(bq.put("z"), timeout=0.01)
    except asyncio.TimeoutError:
        print("put timed out; size still", bq.qsize())

    pq = asyncio.PriorityQueue()
    for p in [5, 1, 3]:
        await pq.put((p, f"job{p}"))
    print("priority order:", [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        lq.put_nowait(x)
    print("lifo order:", [lq.get_nowait() for _ in range(3)])


random.seed(7)
asyncio.run(main())
