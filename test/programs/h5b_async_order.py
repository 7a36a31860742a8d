# gilvm-nogil: --workers 2
# Event-loop scheduling order: FIFO ready queue, sleep(0) round robin, done callbacks.
import asyncio

log = []


async def worker(name, steps):
    for i in range(steps):
        log.append("%s%d" % (name, i))
        await asyncio.sleep(0)
    return name


async def main():
    tasks = [asyncio.create_task(worker(n, s)) for n, s in (("a", 3), ("b", 2), ("c", 4))]
    log.append("main")
    await asyncio.sleep(0)
    log.append("main2")
    print(await asyncio.gather(*tasks))
    print(" ".join(log))
    loop = asyncio.get_running_loop()
    order = []
    loop.call_soon(order.append, 1)
    loop.call_soon(order.append, 2)
    h = loop.call_soon(order.append, 3)
    h.cancel()
    loop.call_later(0.001, order.append, 5)
    loop.call_soon(order.append, 4)
    await asyncio.sleep(0.3)
    print("callbacks:", order)
    t = asyncio.create_task(worker("d", 1))
    t.add_done_callback(lambda f: order.append("done " + f.result()))
    await t
    await asyncio.sleep(0)
    print(order[-1])
    lock = asyncio.Lock()
    got = []
    async def take(i):
        async with lock:
            got.append(i)
            await asyncio.sleep(0)
    await asyncio.gather(*(take(i) for i in range(5)))
    print("lock fifo:", got)


async def agen():
    try:
        yield 1
        yield 2
    finally:
        print("agen finalized")


async def main2():
    async for x in agen():
        print("got", x)
        break
    print("after break")


asyncio.run(main())
asyncio.run(main2())
print("end")
