# gilvm-nogil: --workers 2
# asyncio.run propagates the main coroutine's exception; task cancel messages.
import asyncio


async def child():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel args:", e.args)
    print(t.cancelled(), t.done())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raises CancelledError")
    f = asyncio.get_running_loop().create_future()
    try:
        f.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await asyncio.sleep(0)
    raise RuntimeError("main failed")


try:
    asyncio.run(main())
except RuntimeError as e:
    print("asyncio.run raised:", e)


async def nested():
    m = main()
    try:
        return asyncio.run(m)
    finally:
        m.close()

c = nested()
try:
    asyncio.run(c)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
asyncio.run(main())
