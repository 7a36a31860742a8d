# gilvm-nogil: --workers 2
# A coroutine dropped without being awaited: CPython's RuntimeWarning names the line
# where it was dropped (here a forgotten await), not "sys:1".
import asyncio


async def work():
    await asyncio.sleep(0)


async def main():
    asyncio.sleep(0.01)
    work()
    for i in range(3):
        work()
    print("main", asyncio.iscoroutine(work()))


asyncio.run(main())
print("end")
