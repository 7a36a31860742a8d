# gilvm-nogil:
# "Task/Future exception was never retrieved" is reported when the task or future is
# destroyed, as CPython: a dropped task at once, a list of them last to first, through
# the loop's exception handler; one kept alive by the traceback of an exception escaping
# asyncio.run is reported at exit, after that traceback (stderr's last line)
import asyncio


async def fail(i):
    await asyncio.sleep(0)
    raise ValueError(f"fail {i}")


def handler(loop, context):
    print("handler:", context["message"], repr(context["exception"]),
          context["future"].get_name() if isinstance(context["future"], asyncio.Task)
          else type(context["future"]).__name__)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    for i in range(3):
        asyncio.create_task(fail(i), name=f"forgotten-{i}")
    await asyncio.sleep(0.01)
    print("fire and forget done")
    t = asyncio.create_task(fail(3), name="dropped")
    await asyncio.sleep(0.01)
    print("before drop")
    t = None
    print("after drop")
    f = loop.create_future()
    f.set_exception(KeyError("fut"))
    f = None
    print("future dropped")
    ts = [asyncio.create_task(fail(i), name=f"listed-{i}") for i in range(4, 7)]
    await asyncio.sleep(0.01)
    ts = None
    print("list dropped")
    ts = [asyncio.create_task(fail(i)) for i in range(7, 9)]
    print(await asyncio.gather(*ts, return_exceptions=True))
    ts = None
    print("retrieved ones are not reported")
    loop.set_exception_handler(None)
    kept = asyncio.create_task(fail(9), name="kept")
    await asyncio.sleep(0.01)
    raise RuntimeError("main failed")


asyncio.run(main())
