# asyncio Task/Future reprs: "running at FILE:LINE" / "done, defined at", wait_for=,
# cb=[...], cancelling/cancelled states, and task numbering (a named task uses a number).
import asyncio

here = __file__


def show(obj):
    print(repr(obj).replace(here, 'FILE'))


async def work():
    await asyncio.sleep(0.05)
    return [1, 2]


def done_cb(t):
    print('callback sees', t.result())


async def failing():
    raise ValueError('nope')


async def main():
    t = asyncio.create_task(work(), name='worker')
    t.add_done_callback(done_cb)
    show(t)
    await asyncio.sleep(0)
    show(t)
    await t
    show(t)
    fut = asyncio.get_running_loop().create_future()
    show(fut)
    fut.set_result(3)
    show(fut)
    t2 = asyncio.create_task(work())
    await asyncio.sleep(0)
    t2.cancel()
    print(t2.get_name(), repr(t2).split(' coro=')[0])
    try:
        await t2
    except asyncio.CancelledError:
        print(repr(t2).split(' coro=')[0], t2.cancelled())
    t3 = asyncio.create_task(failing())
    await asyncio.sleep(0)
    show(t3)
    print(type(t3.exception()).__name__)


asyncio.run(main())
