# gilvm-nogil: --workers 2
# A thread's call_soon_threadsafe / run_coroutine_threadsafe wakes an event loop that is
# waiting for a timer (it waited in time.sleep, so the callback ran only when the timer was due).
import asyncio
import threading
import time


async def main():
    loop = asyncio.get_running_loop()
    woken = asyncio.Event()

    def poster():
        time.sleep(0.05)
        loop.call_soon_threadsafe(woken.set)

    t0 = time.monotonic()
    threading.Thread(target=poster).start()
    try:
        await asyncio.wait_for(woken.wait(), 5)
    except TimeoutError:
        pass
    print("woken well before the timer:", time.monotonic() - t0 < 4)

    async def seven():
        return 7

    out = []

    def submitter():
        out.append(asyncio.run_coroutine_threadsafe(seven(), loop).result(timeout=10))

    th = threading.Thread(target=submitter)
    th.start()
    while not out:
        await asyncio.sleep(0.05)
    th.join()
    print("threadsafe result:", out)


asyncio.run(main())
