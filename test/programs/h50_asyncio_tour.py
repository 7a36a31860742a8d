# gilvm-nogil: --workers 2
"""asyncio tour: worker tasks over an asyncio.Queue with Lock and Semaphore, gather ordering with sleep(0), wait_for timeouts, gather(return_exceptions), run_in_executor, cancellation, Event, as_completed, Condition.wait_for, BoundedSemaphore over-release, timeout(), TaskGroup; async generators inside async with."""
import asyncio

async def worker(name, q, results, lock, sem):
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            return name
        async with sem:
            async with lock:
                results.append((name, item))
            await asyncio.sleep(0)
        q.task_done()

async def slow(x):
    await asyncio.sleep(0.2)
    return x

async def fail(x):
    await asyncio.sleep(0)
    raise ValueError(f"bad {x}")

async def order_demo():
    seq = []
    async def step(n):
        for i in range(3):
            seq.append((n, i))
            await asyncio.sleep(0)
    await asyncio.gather(step("a"), step("b"), step("c"))
    return seq

async def main():
    q = asyncio.Queue(maxsize=2)
    results = []
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(2)
    ws = [asyncio.create_task(worker(f"w{i}", q, results, lock, sem), name=f"task-{i}") for i in range(3)]
    for i in range(10):
        await q.put(i)
    for _ in ws:
        await q.put(None)
    await q.join()
    names = await asyncio.gather(*ws)
    print(names, sorted(i for _, i in results))
    print(await order_demo())
    try:
        await asyncio.wait_for(slow(1), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("timeout", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow(2), timeout=5))
    r = await asyncio.gather(fail(1), slow(3), fail(2), return_exceptions=True)
    print([repr(x) for x in r])
    try:
        await asyncio.gather(fail(4), slow(5))
    except ValueError as e:
        print("gather raised", e)
    loop = asyncio.get_running_loop()
    v = await loop.run_in_executor(None, sum, [1, 2, 3])
    print("executor", v)
    t = asyncio.create_task(slow(9))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled(), t.done())
    ev = asyncio.Event()
    async def setter():
        await asyncio.sleep(0.01)
        ev.set()
    asyncio.create_task(setter())
    print("event", await ev.wait(), ev.is_set())
    done = []
    for c in asyncio.as_completed([slow(7), fail(8)]):
        try:
            done.append(await c)
        except ValueError as e:
            done.append(str(e))
    print(done)
    print(q.qsize(), q.empty(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    cond = asyncio.Condition()
    vals = []
    async def cw(i):
        async with cond:
            await cond.wait_for(lambda: len(vals) > 0)
            vals.append(i)
    ts = [asyncio.create_task(cw(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        vals.append("start")
        cond.notify_all()
    await asyncio.gather(*ts)
    print(vals)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("bounded", e)
    print(lock.locked(), sem.locked(), repr(asyncio.current_task().get_name()))
    async with asyncio.timeout(5):
        await asyncio.sleep(0)
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout cm")
    tg_res = []
    async with asyncio.TaskGroup() as tg:
        for i in range(3):
            tg.create_task(slow(i))
    print("tg ok")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(slow(1))
    except BaseException as eg:
        print("eg", type(eg).__name__, eg.exceptions)

asyncio.run(main())

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
class Res:
    def __init__(self, name, log): self.name, self.log = name, log
    async def __aenter__(self):
        self.log.append(("enter", self.name)); await asyncio.sleep(0); return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(("exit", self.name, et.__name__ if et else None)); await asyncio.sleep(0)
        return et is KeyError
async def consumer(name, log):
    async with Res(name, log):
        async for x in agen(3):
            log.append((name, x))
        if name == "b":
            raise KeyError(name)
        if name == "c":
            raise ValueError(name)
    return name
async def main2():
    log = []
    r = await asyncio.gather(consumer("a", log), consumer("b", log), consumer("c", log), return_exceptions=True)
    print(r)
    for e in log: print(e)
    t = asyncio.create_task(asyncio.sleep(0.01, result="slept"), name="sleeper")
    cb = []
    t.add_done_callback(lambda f: cb.append((f.get_name(), f.result())))
    await t
    await asyncio.sleep(0)
    print(cb, t.get_name())
    t.set_name("renamed"); print(t.get_name())
    async def child(i):
        try:
            await asyncio.sleep(1)
        finally:
            log.append(("child finally", i))
    outer = asyncio.gather(child(1), child(2))
    await asyncio.sleep(0)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("gather cancelled", sorted(log[-2:]))
    async def quick(): return 5
    print(await asyncio.wait_for(quick(), 1))
    lock = asyncio.Lock()
    order = []
    async def locker(i):
        async with lock:
            order.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(locker(i) for i in range(5)))
    print(order)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    async def fails():
        raise OSError(2, "nope")
    tt = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print(tt.exception().errno, tt.exception().strerror, str(tt.exception()))
    agg = agen(2)
    print(await agg.__anext__(), await anext(agg), await anext(agg, "dflt"))
    print([x async for x in agen(4) if x % 2])
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.time() > 0)
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 42)
    print(await asyncio.wait_for(f, 1))
    ev = asyncio.Event()
    waiters = [asyncio.create_task(ev.wait()) for _ in range(3)]
    await asyncio.sleep(0)
    ev.set()
    print(await asyncio.gather(*waiters))
asyncio.run(main2())
