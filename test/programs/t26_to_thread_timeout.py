# gilvm-nogil: --workers 2
# asyncio.wait_for(to_thread(...)): generous timeouts do not expire and short ones do, as in
# CPython. The VM's executors start with the program's first thread (tenths of a second,
# longer on a loaded machine, and real time on every clock: gilvm's --stats reports it apart),
# so one thread is started and joined first; the margins are wide for loaded test machines.
import asyncio
import threading
import time

warm = threading.Thread(target=time.sleep, args=(0,))
warm.start()
warm.join()


def blocking(d):
    time.sleep(d)
    return d


async def ticker(out):
    for i in range(3):
        out.append(f"tick{i}")
        await asyncio.sleep(0.1)


async def main():
    r = await asyncio.wait_for(asyncio.to_thread(blocking, 0.05), timeout=3.0)
    print("ok", r)
    try:
        await asyncio.wait_for(asyncio.to_thread(blocking, 1.0), timeout=0.05)
    except asyncio.TimeoutError:
        print("timed out")
    out = []

    async def blk():
        await asyncio.to_thread(blocking, 0.8)
        out.append("blocking done")
    await asyncio.gather(ticker(out), blk())
    print(out)
    print(await asyncio.gather(*(asyncio.to_thread(blocking, 0.01 * i) for i in range(4))))


asyncio.run(main())
print("done")
