# Tier 2 asyncio: gather keeps argument order, tasks interleave at every await, sleeps
# finish in deadline order, create_task/Task API, TaskGroup, run_until_complete on a new loop.
import asyncio

log = []


async def fetch(name, delay):
    log.append(f"start {name}")
    await asyncio.sleep(delay)
    log.append(f"end {name}")
    return f"{name}:{delay}"


async def ticker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return n


async def main():
    results = await asyncio.gather(fetch("slow", 0.25), fetch("fast", 0.01), fetch("mid", 0.12))
    print(results)
    print(log)
    log.clear()
    print(await asyncio.gather(ticker("a", 3), ticker("b", 2), ticker("c", 1)))
    print(log)
    log.clear()

    task = asyncio.create_task(fetch("task", 0.01), name="fetcher")
    print(task.get_name(), task.done(), type(task).__name__)
    print(await task, task.done(), task.result(), task.cancelled(), task.exception())
    print(asyncio.current_task().get_name())
    done_calls = []
    t2 = asyncio.create_task(ticker("cb", 1))
    t2.add_done_callback(lambda t: done_calls.append(t.result()))
    await t2
    await asyncio.sleep(0)
    print("callback saw", done_calls)

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "from call_later")
    asyncio.get_running_loop().call_soon(log.append, "call_soon ran")
    print(await fut, log)
    print(await asyncio.sleep(0.001, result="sleep result"))
    print(await asyncio.gather())
    same = fetch("dup", 0)
    print(await asyncio.gather(same, same))

    async with asyncio.TaskGroup() as group:
        first = group.create_task(fetch("tg1", 0.1))
        second = group.create_task(fetch("tg2", 0.01))
    print("task group:", first.result(), second.result())
    cancelled = []

    async def guarded(name, delay, fail):
        try:
            await asyncio.sleep(delay)
        except asyncio.CancelledError:
            cancelled.append(name)
            raise
        if fail:
            raise ValueError(f"{name} failed")

    try:
        async with asyncio.TaskGroup() as group:
            for name, delay, fail in [("g1", 5, False), ("g2", 0.01, True), ("g3", 5, False)]:
                group.create_task(guarded(name, delay, fail))
    except Exception as eg:
        print(type(eg).__name__, eg, [repr(e) for e in eg.exceptions], sorted(cancelled))
    return "main finished"


print(asyncio.run(main()))

loop = asyncio.new_event_loop()
print(loop.run_until_complete(ticker("loop", 2)), log[-2:])
print(loop.is_closed(), loop.is_running())
loop.close()
print(loop.is_closed())
