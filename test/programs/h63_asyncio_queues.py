# asyncio queues: Queue is a deque (a 20,000-item backlog), PriorityQueue a heap (items that
# compare equal come out in CPython's heapq order), and importing collections mid-run keeps
# the running loop found.
import asyncio

class Job:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio

async def main():
    pq = asyncio.PriorityQueue()
    for p, n in [(2, "a"), (1, "b"), (2, "c"), (1, "d"), (3, "e"), (2, "f"), (1, "g")]:
        pq.put_nowait(Job(p, n))
    print([pq.get_nowait().name for _ in range(pq.qsize())])
    q = asyncio.Queue()
    for i in range(20000):
        q.put_nowait(i)
    total = 0
    while not q.empty():
        total += q.get_nowait()
    print(total, q)
    q2 = asyncio.Queue(maxsize=3)
    async def producer():
        for i in range(6):
            await q2.put(i)
        await q2.put(None)
    async def consumer():
        got = []
        while (x := await q2.get()) is not None:
            got.append(x)
        return got
    _, got = await asyncio.gather(producer(), consumer())
    print(got)
    q3 = asyncio.Queue(); q3.put_nowait(1); q3.put_nowait(2)
    print(str(q3))

asyncio.run(main())
