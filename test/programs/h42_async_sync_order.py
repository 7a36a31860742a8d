# gilvm-nogil: --workers 2
# asyncio ordering lesson: sleep(0) interleaving, Event, Lock, Condition and call_soon.
import asyncio

trace = []


async def ticker(name, n, delay):
    for i in range(n):
        trace.append(f"{name}{i}")
        await asyncio.sleep(delay)


async def waiter(event, name):
    trace.append(f"{name} waiting")
    await event.wait()
    trace.append(f"{name} released")


async def locked_section(lock, name):
    async with lock:
        trace.append(f"{name} in")
        await asyncio.sleep(0)
        trace.append(f"{name} out")


async def main():
    await asyncio.gather(ticker("A", 3, 0), ticker("B", 3, 0))
    print("sleep(0) interleaving:", trace)
    trace.clear()

    await asyncio.gather(ticker("slow", 2, 0.06), ticker("fast", 3, 0.005))
    print("timed:", trace)
    trace.clear()

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    trace.append("setting")
    event.set()
    await asyncio.gather(*tasks)
    print("event:", trace, event.is_set())
    trace.clear()

    lock = asyncio.Lock()
    await asyncio.gather(*(locked_section(lock, n) for n in ("x", "y", "z")))
    print("lock:", trace, lock.locked())
    trace.clear()

    cond = asyncio.Condition()
    items = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            trace.append((name, items.pop(0)))

    consumers = [asyncio.create_task(consume(f"c{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for k in range(3):
        async with cond:
            items.append(k)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print("condition:", trace)
    trace.clear()

    loop = asyncio.get_running_loop()
    loop.call_soon(trace.append, "soon1")
    loop.call_later(0.01, trace.append, "later")
    loop.call_soon(trace.append, "soon2")
    trace.append("sync")
    await asyncio.sleep(0.02)
    print("callbacks:", trace)

    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, 42)
    print("future:", await fut, fut.done())


asyncio.run(main())
