# Tier 2 asyncio: exceptions out of tasks and gather (first error wins, return_exceptions,
# siblings keep running), Future API errors, exception handling inside coroutines (each
# keeps its own handled exception across awaits), and
# finally an exception escaping asyncio.run (traceback, exit 1).
import asyncio
import sys


async def fail(name, delay):
    await asyncio.sleep(delay)
    raise ValueError(f"{name} failed")


async def ok(name, delay):
    await asyncio.sleep(delay)
    print(f"{name} ok")
    return name


async def main():
    try:
        await asyncio.gather(ok("a", 0.2), fail("b", 0.01), fail("c", 0.1))
    except ValueError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.3)  # the siblings were not cancelled
    results = await asyncio.gather(ok("d", 0.01), fail("e", 0.001), return_exceptions=True)
    print([repr(r) for r in results])

    task = asyncio.create_task(fail("task", 0))
    await asyncio.sleep(0.01)
    print(task.done(), type(task.exception()).__name__, task.exception())
    try:
        task.result()
    except ValueError as e:
        print("result() re-raises:", e)

    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    fut.set_exception(KeyError("k"))
    try:
        await fut
    except KeyError as e:
        print("awaited future raised", repr(e))
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("already done")

    async def nested():
        try:
            await fail("inner", 0)
        except ValueError as e:
            raise RuntimeError("wrapped") from e

    try:
        await nested()
    except RuntimeError as e:
        print("caught", e, "cause:", e.__cause__)

    async def cleanup_then_reraise(name, delay):
        try:
            raise LookupError(name)
        except LookupError:
            await asyncio.sleep(delay)  # other tasks raise and handle their own meanwhile
            print(name, "still handling", repr(sys.exc_info()[1]))
            raise

    outcome = await asyncio.gather(cleanup_then_reraise("x", 0.05), cleanup_then_reraise("y", 0.01),
                                   return_exceptions=True)
    print("re-raised:", outcome)

    async def divide(a, b):
        await asyncio.sleep(0)
        return a / b

    print(await divide(1, 4))
    await asyncio.gather(divide(1, 2), divide(1, 0))


asyncio.run(main())
print("not reached")
