# gilvm-nogil: --workers 2
# Tier 2 asyncio: blocking work moved to threads with asyncio.to_thread and
# loop.run_in_executor, results gathered in order while the loop stays responsive.
import asyncio
import threading
import time


def blocking_read(name, delay):
    time.sleep(delay)
    return f"{name} read on a worker thread: {threading.current_thread() is not threading.main_thread()}"


def checksum(data):
    total = 0
    for x in data:
        total = (total * 31 + x) % 1000003
    return total


def wait_for_heartbeats(name, beaten):
    # the loop must keep beating while this thread blocks: it waits for three beats (a
    # fixed sleep instead made the check depend on how fast the machine was)
    beaten.wait(30)
    return f"{name} read on a worker thread: {threading.current_thread() is not threading.main_thread()}"


async def heartbeat(stop, beats, beaten):
    while not stop.is_set():
        beats.append(1)
        if len(beats) == 3:
            beaten.set()
        await asyncio.sleep(0.005)


async def main():
    stop = asyncio.Event()
    beats = []
    beaten = threading.Event()
    hb = asyncio.create_task(heartbeat(stop, beats, beaten))
    result = await asyncio.to_thread(wait_for_heartbeats, "file", beaten)
    print(result)
    print("loop kept running:", len(beats) >= 3)
    loop = asyncio.get_running_loop()
    reads = await asyncio.gather(*(loop.run_in_executor(None, blocking_read, f"r{i}", 0.01) for i in range(4)))
    for line in reads:
        print(line)
    sums = await asyncio.gather(*(asyncio.to_thread(checksum, range(i * 1000)) for i in range(1, 4)))
    print(sums, [checksum(range(i * 1000)) for i in range(1, 4)])

    def explode():
        raise OSError("disk on fire")

    try:
        await asyncio.to_thread(explode)
    except OSError as e:
        print("exception from the thread:", e)
    kw = await asyncio.to_thread(sorted, [3, 1, 2], reverse=True)
    print(kw)
    stop.set()
    await hb
    print("main thread:", threading.current_thread().name)


asyncio.run(main())
print("threads left:", threading.active_count())
