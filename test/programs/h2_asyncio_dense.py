# gilvm-nogil: --workers 2
# asyncio tour: run, gather (return_exceptions), create_task, wait_for timeouts, Queue, cancel, wait, as_completed, Lock/Event/Semaphore, to_thread, shield, timeout; an uncaught error from asyncio.run.
import asyncio
async def work(name, d, v):
    await asyncio.sleep(d)
    return f'{name}:{v}'
async def failing():
    await asyncio.sleep(0)
    raise KeyError('k')
async def slow():
    await asyncio.sleep(10)
async def main():
    r = await asyncio.gather(work('a', 0.02, 1), work('b', 0.01, 2), work('c', 0, 3))
    print(r)
    r = await asyncio.gather(work('x', 0, 1), failing(), return_exceptions=True); print(r)
    try: await asyncio.gather(failing(), work('y', 0, 1))
    except KeyError as e: print('KeyError', e)
    t = asyncio.create_task(work('t', 0.01, 9), name='mytask'); print(t.get_name(), t.done())
    print(await t, t.done(), t.result())
    try: await asyncio.wait_for(slow(), timeout=0.01)
    except asyncio.TimeoutError as e: print("timeout", type(e).__name__, repr(e))
    print(await asyncio.wait_for(work('w', 0, 0), 1))
    q = asyncio.Queue(maxsize=2); out = []
    async def prod():
        for i in range(5): await q.put(i)
        await q.put(None)
    async def cons():
        while (x := await q.get()) is not None: out.append(x); q.task_done()
        q.task_done()
    await asyncio.gather(prod(), cons()); await q.join(); print(out, q.empty(), q.qsize(), q.maxsize)
    try: q.get_nowait()
    except asyncio.QueueEmpty as e: print('QueueEmpty', repr(e))
    t2 = asyncio.create_task(slow()); await asyncio.sleep(0); t2.cancel()
    try: await t2
    except asyncio.CancelledError: print('cancelled', t2.cancelled())
    done, pending = await asyncio.wait([asyncio.create_task(work('d', 0, i)) for i in range(3)])
    print(sorted(t.result() for t in done), len(pending))
    res = []
    for c in asyncio.as_completed([work('e', 0.3, 1), work('f', 0.01, 2)]): res.append(await c)
    print(res)
    lock = asyncio.Lock(); ev = asyncio.Event(); sem = asyncio.Semaphore(2)
    async with lock: print(lock.locked())
    async def waiter(): await ev.wait(); return 'ev'
    wt = asyncio.create_task(waiter()); await asyncio.sleep(0); ev.set(); print(await wt)
    async with sem: print(sem.locked())
    loop = asyncio.get_running_loop(); fut = loop.create_future(); loop.call_soon(fut.set_result, 5); print(await fut)
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    async def agen():
        for i in range(3): yield i; await asyncio.sleep(0)
    print([x async for x in agen()])
    print(asyncio.iscoroutinefunction(main), asyncio.current_task().get_name())
    sh = asyncio.shield(work('s', 0, 1)); print(await sh)
    try:
        async with asyncio.timeout(0.01): await slow()
    except TimeoutError: print('timeout ctx')
    return 'main done'
print(asyncio.run(main()))
async def top(): raise ValueError('top fail')
try: asyncio.run(top())
except ValueError as e: print('caught', e)
try: asyncio.run(42)
except ValueError as e: print(e)
asyncio.run(failing())
