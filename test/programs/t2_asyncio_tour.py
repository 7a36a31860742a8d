# asyncio: gather (return_exceptions), create_task, wait_for timeouts, Queue, Semaphore,
# Lock, Event, run_in_executor, to_thread, TaskGroup (caught as ExceptionGroup), cancel,
# wait, as_completed, QueueEmpty.
import asyncio
import time

async def fetch(i, delay):
    await asyncio.sleep(delay)
    return i * 10

async def failing():
    await asyncio.sleep(0)
    raise ValueError("nope")

async def slow():
    await asyncio.sleep(10)

def blocking(x):
    time.sleep(0.01)
    return x + 1

async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)

async def consumer(q, out):
    while True:
        item = await q.get()
        q.task_done()
        if item is None:
            break
        out.append(item)

async def main():
    print(await asyncio.gather(fetch(1, 0.02), fetch(2, 0.01), fetch(3, 0)))
    res = await asyncio.gather(fetch(1, 0), failing(), return_exceptions=True)
    print(res)
    try:
        await asyncio.gather(failing(), fetch(2, 0))
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(fetch(5, 0), name="fetcher")
    print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    print(await asyncio.wait_for(fetch(7, 0), timeout=1))
    q = asyncio.Queue(maxsize=2)
    out = []
    await asyncio.gather(producer(q, 5), consumer(q, out))
    print(out, q.empty(), q.qsize(), q.maxsize)
    sem = asyncio.Semaphore(2)
    active = [0]; peak = [0]
    async def limited(i):
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.01)
            active[0] -= 1
            return i
    print(await asyncio.gather(*(limited(i) for i in range(5))), peak[0])
    lock = asyncio.Lock()
    shared = []
    async def locked(i):
        async with lock:
            shared.append(i)
            await asyncio.sleep(0)
            shared.append(i)
    await asyncio.gather(*(locked(i) for i in range(3)))
    print(shared, lock.locked())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    wt = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await wt, ev.is_set())
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1))
    print(await asyncio.to_thread(blocking, 5))
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(fetch(1, 0.01))
        t2 = tg.create_task(fetch(2, 0))
    print(t1.result(), t2.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            tg.create_task(slow())
    except ExceptionGroup as eg:
        print("eg", repr(eg.exceptions))
    t = asyncio.create_task(slow())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(fetch(i, 0.01 if i < 2 else 5)) for i in range(3)], timeout=0.5)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()
    results = []
    for coro in asyncio.as_completed([fetch(3, 0.3), fetch(1, 0.1), fetch(2, 0.2)]):
        results.append(await coro)
    print(results)
    try:
        await asyncio.wait_for(asyncio.shield(fetch(1, 0)), 1)
    except Exception as e:
        print(e)
    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    print(asyncio.iscoroutinefunction(main), asyncio.iscoroutine(main))
    return "main done"

print(asyncio.run(main()))
