# gilvm-nogil: --workers 2
# Mixing asyncio with threads: run_in_executor, to_thread and call_soon_threadsafe.
import asyncio
import concurrent.futures
import threading
import time


def blocking_io(n):
    time.sleep(0.2)
    return n * 10


def timed_io():
    start = time.perf_counter()
    time.sleep(0.2)
    return start, time.perf_counter()


def cpu_bound(n):
    return sum(i * i for i in range(n))


async def main():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(*(loop.run_in_executor(None, blocking_io, i) for i in range(5)))
    print("default executor:", results)
    # the default executor keeps its threads: five more calls start no new ones
    names = await asyncio.gather(*(loop.run_in_executor(None, lambda: threading.current_thread().name) for _ in range(5)))
    print("executor thread names:", sorted(set(n.rsplit("_", 1)[0] for n in names)), len(set(names)) <= 5)
    print("worker threads alive, at most 5:", 1 <= threading.active_count() - 1 <= 5)
    # overlap shown by order, not by a time limit (a loaded machine has no fixed margin):
    # some call started while another was still in its sleep (one after another: never)
    spans = await asyncio.gather(*(loop.run_in_executor(None, timed_io) for i in range(5)))
    print("five 200 ms calls overlapped:", any(s0 < s1 < e0 for s0, e0 in spans for s1, e1 in spans))

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        r = await loop.run_in_executor(pool, cpu_bound, 1000)
        print("custom pool:", r == sum(i * i for i in range(1000)))

    r = await asyncio.to_thread(blocking_io, 7)
    print("to_thread:", r)

    main_thread = threading.get_ident()
    idents = await asyncio.gather(*(asyncio.to_thread(threading.get_ident) for _ in range(3)))
    print("ran off the loop thread:", all(i != main_thread for i in idents))

    fut = loop.create_future()
    def from_thread():
        time.sleep(0.01)
        loop.call_soon_threadsafe(fut.set_result, "set from a thread")
    threading.Thread(target=from_thread).start()
    print(await fut)

    async def coro_in_loop(x):
        await asyncio.sleep(0.001)
        return x + 1
    def submit_from_thread():
        cf = asyncio.run_coroutine_threadsafe(coro_in_loop(41), loop)
        return cf.result(timeout=5)
    print("run_coroutine_threadsafe:", await asyncio.to_thread(submit_from_thread))

    def raises():
        raise OSError("disk full")
    try:
        await loop.run_in_executor(None, raises)
    except OSError as e:
        print("executor exception:", repr(e))

    try:
        await asyncio.wait_for(asyncio.to_thread(time.sleep, 0.2), timeout=0.01)
    except asyncio.TimeoutError:
        print("to_thread timed out (the thread keeps running)")


asyncio.run(main())
print("after run: threads alive:", threading.active_count())
print("next default thread name:", threading.Thread(target=print).name)
