# gilvm-nogil: --workers 2
# Python 3.11 asyncio: TaskGroup, asyncio.timeout, to_thread, call_later, futures.
import asyncio
import threading


async def job(n, delay):
    await asyncio.sleep(delay)
    return n * 10


async def bad(delay):
    await asyncio.sleep(delay)
    raise KeyError("bad job")


def blocking(x):
    return (x, threading.current_thread() is not threading.main_thread())




async def main2():
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(5)
    except TimeoutError:
        print("timeout() fired")
    async with asyncio.timeout(5):
        await asyncio.sleep(0)
    print("timeout() not fired")
    print(await asyncio.to_thread(blocking, 5))
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "later")
    loop.call_soon(print, "call_soon ran")
    print(await fut)
    f2 = loop.create_future()
    f2.set_exception(ValueError("fut err"))
    try:
        await f2
    except ValueError as e:
        print("future exception:", e)
    r = await loop.run_in_executor(None, blocking, 6)
    print("executor:", r)
    print(asyncio.current_task().get_name() is not None, len(asyncio.all_tasks()))
    inner = asyncio.create_task(job(1, 0.01))
    shielded = asyncio.shield(inner)
    print(await shielded)


async def main3():
    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(job(9, 5))
            tg.create_task(bad(0.001))
    except BaseException as eg:
        print(type(eg).__name__, [type(e).__name__ for e in eg.exceptions], slow.cancelled())


asyncio.run(main2())
asyncio.run(main3())
