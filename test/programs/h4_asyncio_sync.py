# gilvm-nogil: --workers 2
# asyncio Lock/Event/Semaphore/BoundedSemaphore/Condition/Queue from test_locks.py and test_queues.py: states, errors, FIFO wake order, QueueFull/Empty, task_done, priorities.
import asyncio

def show(label, v):
    print(label, repr(v))

async def main():
    lock = asyncio.Lock()
    show('locked', lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        show('release unlocked', str(e))
    show('acquire', await lock.acquire())
    order = []
    async def taker(i):
        async with lock:
            order.append(i)
    ts = [asyncio.create_task(taker(i)) for i in range(4)]
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*ts)
    show('lock fifo', order)
    # a cancelled waiter does not take the lock
    await lock.acquire()
    w = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    w.cancel()
    await asyncio.sleep(0)
    lock.release()
    show('cancelled waiter', (w.cancelled(), lock.locked()))

    ev = asyncio.Event()
    show('event', ev.is_set())
    res = []
    async def waiter(i):
        res.append((i, await ev.wait()))
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*ts)
    show('event waiters', res)
    ev.clear()
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        show('event wait timeout', ev.is_set())

    sem = asyncio.Semaphore(2)
    show('sem locked', sem.locked())
    await sem.acquire(); await sem.acquire()
    show('sem locked2', sem.locked())
    sem.release(); sem.release(); sem.release()
    show('sem value', sem._value)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        show('sem negative', str(e))
    bs = asyncio.BoundedSemaphore(1)
    try:
        bs.release()
    except ValueError as e:
        show('bounded over', str(e))
    peak = [0, 0]
    sem = asyncio.Semaphore(2)
    async def limited():
        async with sem:
            peak[0] += 1
            peak[1] = max(peak)
            await asyncio.sleep(0.001)
            peak[0] -= 1
    await asyncio.gather(*(limited() for _ in range(6)))
    show('sem peak', peak[1])

    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        show('cond wait unlocked', str(e))
    try:
        cond.notify()
    except RuntimeError as e:
        show('cond notify unlocked', str(e))
    woke = []
    async def cwaiter(i):
        async with cond:
            await cond.wait()
            woke.append(i)
    ts = [asyncio.create_task(cwaiter(i)) for i in range(4)]
    await asyncio.sleep(0)
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.001)
    show('notify 2', sorted(woke))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ts)
    show('notify all', sorted(woke))
    box = []
    async def setter():
        async with cond:
            box.append(1)
            cond.notify_all()
    async with cond:
        asyncio.create_task(setter())
        show('wait_for', await cond.wait_for(lambda: box))
    shared = asyncio.Lock()
    show('cond with lock', asyncio.Condition(shared).locked())

    q = asyncio.Queue(maxsize=2)
    show('q empty', (q.empty(), q.full(), q.qsize(), q.maxsize))
    q.put_nowait(1); q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        show('QueueFull', q.full())
    show('get', (await q.get(), q.get_nowait()))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        show('QueueEmpty', q.empty())
    try:
        q.task_done()
        q.task_done()
        q.task_done()
    except ValueError as e:
        show('task_done too many', str(e))
    await q.join()
    try:
        await asyncio.wait_for(q.get(), 0.01)
    except TimeoutError:
        show('get timeout', q.qsize())
    # producer/consumer with join
    q = asyncio.Queue()
    out = []
    async def consumer():
        while True:
            item = await q.get()
            out.append(item * 10)
            q.task_done()
    cs = [asyncio.create_task(consumer()) for _ in range(3)]
    for i in range(9):
        await q.put(i)
    await q.join()
    for c in cs: c.cancel()
    await asyncio.gather(*cs, return_exceptions=True)
    show('pipeline', sorted(out))
    pq = asyncio.PriorityQueue()
    for x in [(3, 'c'), (1, 'a'), (2, 'b')]:
        pq.put_nowait(x)
    show('priority', [pq.get_nowait() for _ in range(3)])
    lq = asyncio.LifoQueue()
    for x in 'xyz':
        await lq.put(x)
    show('lifo', [lq.get_nowait() for _ in range(3)])
    # a blocked put resumes when a get makes room
    q = asyncio.Queue(1)
    await q.put('a')
    pt = asyncio.create_task(q.put('b'))
    await asyncio.sleep(0)
    show('put blocked', pt.done())
    show('get frees', await q.get())
    await pt
    show('then', q.get_nowait())
    show('Queue(0) full', asyncio.Queue(0).full())
    return 'ok'

print(asyncio.run(main()))
