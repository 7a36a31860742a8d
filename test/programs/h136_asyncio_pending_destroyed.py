# gilvm-nogil:
# Task-N numbers (the "Task was destroyed but it is pending!" report of a task left pending
# names this file's absolute path, which depends on where the tests run: not here): asyncio.create_task(name=...) and
# TaskGroup.create_task(name=...) use one up, loop.create_task(name=...) and Task(name=...) do not
import asyncio


async def forever(n):
    await asyncio.sleep(100)


async def short():
    await asyncio.sleep(0.01)
    return "short"


async def nothing():
    pass


async def names():
    a = asyncio.create_task(nothing(), name='x')
    b = asyncio.create_task(nothing())
    loop = asyncio.get_running_loop()
    c = loop.create_task(nothing(), name='y')
    d = loop.create_task(nothing())
    e = asyncio.Task(nothing(), name='z')
    g = asyncio.Task(nothing())
    async with asyncio.TaskGroup() as tg:
        h = tg.create_task(nothing(), name=5)
        i = tg.create_task(nothing())
    print([t.get_name() for t in (a, b, c, d, e, g, h, i)])


asyncio.run(names())
loop = asyncio.new_event_loop()
t2 = loop.create_task(forever(2), name="second")
t3 = loop.create_task(short())
print(loop.run_until_complete(short()))
t2.cancel()
loop.run_until_complete(asyncio.sleep(0))
print(t2.cancelled(), t3.result())
loop.close()
print("closed")
