# gilvm-nogil: --workers 2
# Printed interleavings fixed by the event loop's FIFO rules: queues, locks, events, gather.
import asyncio


async def producer(q, n):
    for i in range(n):
        print("put", i)
        await q.put(i)
    await q.put(None)
    print("producer done")


async def consumer(q, name):
    while True:
        item = await q.get()
        if item is None:
            print(name, "got sentinel")
            q.task_done()
            return
        print(name, "got", item)
        q.task_done()


async def locker(lock, name, ev):
    print(name, "wants lock")
    async with lock:
        print(name, "has lock")
        await ev.wait()
        print(name, "releases")


async def counter(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer(q, "c1"))
    print("--")
    q = asyncio.Queue()
    await asyncio.gather(consumer(q, "x"), producer(q, 3))
    print("--")
    lock = asyncio.Lock()
    ev = asyncio.Event()
    tasks = [asyncio.create_task(locker(lock, n, ev)) for n in "ABC"]
    await asyncio.sleep(0)
    print("setting event")
    ev.set()
    await asyncio.gather(*tasks)
    print("--")
    await asyncio.gather(counter("one", 3), counter("two", 2), counter("three", 1))
    print("--")
    async def waiter(e, i):
        print("waiting", i)
        await e.wait()
        print("woke", i)
    e = asyncio.Event()
    ws = [asyncio.create_task(waiter(e, i)) for i in range(3)]
    await asyncio.sleep(0)
    e.set()
    e.clear()
    await asyncio.gather(*ws)
    print("event cleared immediately still woke all:", e.is_set())


asyncio.run(main())
