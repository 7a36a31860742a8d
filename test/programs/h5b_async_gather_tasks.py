# gilvm-nogil: --workers 2
# asyncio.run with gather, create_task, sleep ordering, return_exceptions, task results.
import asyncio

log = []


async def step(name, delay, value):
    log.append("start " + name)
    await asyncio.sleep(delay)
    log.append("end " + name)
    return value * 2


async def fail(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    r = await asyncio.gather(step("a", 0.3, 1), step("b", 0.1, 2), step("c", 0.2, 3))
    print("gather:", r)
    print(log)
    t1 = asyncio.create_task(step("x", 0.01, 10), name="tx")
    t2 = asyncio.create_task(step("y", 0, 20))
    print("task name:", t1.get_name(), "done before await:", t1.done())
    print(await t1, await t2, t1.done(), t1.result())
    r = await asyncio.gather(step("p", 0, 1), fail("nope"), return_exceptions=True)
    print("with exceptions:", [type(x).__name__ if isinstance(x, Exception) else x for x in r], r[1])
    try:
        await asyncio.gather(fail("first"), step("q", 0.01, 5))
    except ValueError as e:
        print("gather raised:", e)
    t = asyncio.create_task(fail("in task"))
    try:
        await t
    except ValueError as e:
        print("task raised:", e, type(t.exception()).__name__)
    print("empty gather:", await asyncio.gather())
    print(asyncio.iscoroutinefunction(step), asyncio.iscoroutinefunction(main))


c = step("unused", 0, 0)
c.close()
print(asyncio.run(main()) is None)
print(asyncio.run(step("again", 0, 21)))
