# asyncio and threads together: run_in_executor with a pool, call_soon_threadsafe,
# run_coroutine_threadsafe, to_thread with wait_for, asyncio.run inside pool threads.
import asyncio, threading, time
from concurrent.futures import ThreadPoolExecutor

def blocking_io(n):
    time.sleep(0.02)
    return n * 2

async def ticker(results):
    for i in range(3):
        results.append(("tick", i))
        await asyncio.sleep(0.01)

async def main():
    loop = asyncio.get_running_loop()
    results = []
    with ThreadPoolExecutor(max_workers=3) as pool:
        futs = [loop.run_in_executor(pool, blocking_io, i) for i in range(5)]
        tick = asyncio.create_task(ticker(results))
        values = await asyncio.gather(*futs)
        await tick
    print(values, len(results))
    # call_soon_threadsafe from a thread
    fut = loop.create_future()
    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "from thread")
    threading.Thread(target=from_thread).start()
    print(await fut)
    # run_coroutine_threadsafe from a thread into this loop
    async def add(a, b):
        await asyncio.sleep(0)
        return a + b
    out = []
    def submitter():
        cf = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
        out.append(cf.result(timeout=5))
    th = threading.Thread(target=submitter)
    th.start()
    while th.is_alive():
        await asyncio.sleep(0.005)
    print(out)
    r = await asyncio.gather(*(asyncio.to_thread(blocking_io, i) for i in range(4)))
    print(r)
    print(threading.current_thread().name)

def in_thread():
    return asyncio.run(asyncio.sleep(0, result="loop in thread"))

asyncio.run(main())
with ThreadPoolExecutor(1) as ex:
    print(list(ex.map(lambda _: in_thread(), range(2))))
loop = asyncio.new_event_loop()
print(loop.run_until_complete(asyncio.sleep(0, result=7)))
loop.close()
print(loop.is_closed())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RE", e)
async def nested():
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        coro.close()
        print("RE", e)
asyncio.run(nested())
