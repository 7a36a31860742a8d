# asyncio with threads: call_soon_threadsafe wakes a loop with nothing else to do, wrap_future,
# run_coroutine_threadsafe, run_in_executor with a given pool, asyncio.run in worker threads,
# per-thread running and current loops.
import asyncio, threading, time
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    def later():
        time.sleep(0.2)
        loop.call_soon_threadsafe(fut.set_result, "posted")
    t = threading.Thread(target=later)
    t.start()
    print(await fut)
    t.join()
    import concurrent.futures
    cf = concurrent.futures.Future()
    af = asyncio.wrap_future(cf)
    threading.Thread(target=lambda: (time.sleep(0.1), cf.set_result(42))).start()
    print(await af)
    out = []
    async def add(a, b):
        await asyncio.sleep(0)
        return a + b
    def submitter():
        out.append(asyncio.run_coroutine_threadsafe(add(2, 3), loop).result(timeout=5))
    th = threading.Thread(target=submitter)
    th.start()
    while th.is_alive():
        await asyncio.sleep(0.005)
    print(out)
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        names = await asyncio.gather(*(loop.run_in_executor(pool, lambda: threading.current_thread().name[:5]) for _ in range(3)))
    print(names)
asyncio.run(main())

def in_thread(i):
    return asyncio.run(asyncio.sleep(0, result=i * 10))

from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(1) as ex:
    print(list(ex.map(in_thread, range(4))))

def no_loop():
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        print("RuntimeError", e)
t = threading.Thread(target=no_loop, name="worker")
t.start(); t.join()
