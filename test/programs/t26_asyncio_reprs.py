# gilvm-nogil: --workers 2
# asyncio's Queue str()/repr() show their contents as CPython's (_format), its locks
# their state ([unlocked, value:2]); both live in asyncio.queues / asyncio.locks.
import asyncio
async def m():
    q = asyncio.Queue(); print(str(q)); q.put_nowait(1); q.put_nowait(2); print(str(q)); await q.get(); print(str(q))
    pq = asyncio.PriorityQueue(); pq.put_nowait(3); pq.put_nowait(1); print(str(pq))
    lq = asyncio.LifoQueue(2); lq.put_nowait("a"); print(str(lq))
    async def getter():
        return await asyncio.Queue().get()
    print(repr(q).startswith("<Queue at 0x"), repr(q).endswith("maxsize=0 _queue=[2] tasks=2>"))
    l = asyncio.Lock(); print(repr(l).split(" at ")[0], repr(l).split(" ")[-1])
    async with l:
        print(repr(l).split(" ")[-1])
    e = asyncio.Event(); print(repr(e).split(" at ")[0], repr(e).split(" ")[-1]); e.set(); print(repr(e).split(" ")[-1])
    s = asyncio.Semaphore(2); print(repr(s).split(" at ")[0], repr(s).split(" [")[-1])
    c = asyncio.Condition(); print(repr(c).split(" at ")[0], repr(c).split(" ")[-1])
    b = asyncio.BoundedSemaphore(1); print(repr(b).split(" at ")[0])
    print(asyncio.Queue.__module__, asyncio.Lock.__module__, type(q).__qualname__)
asyncio.run(m())
