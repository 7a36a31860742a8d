# gilvm-nogil: --workers 2
# A process started while an event loop runs in the parent has no running loop (CPython
# ties it to the pid): asyncio.run() in the child, in Pool and ProcessPoolExecutor workers
# started from a coroutine, works; the child used to inherit the parent's running loop.
import asyncio
import multiprocessing as mp
from concurrent.futures import ProcessPoolExecutor


async def child_coro():
    await asyncio.sleep(0)
    return 'child ok'


def child(q):
    try:
        q.put(asyncio.run(child_coro()))
    except RuntimeError as e:
        q.put(f'RuntimeError: {e}')


def probe(q):
    try:
        asyncio.get_running_loop()
        q.put('child sees a running loop')
    except RuntimeError as e:
        q.put(f'RuntimeError: {e}')


async def square(x):
    await asyncio.sleep(0)
    return x * x


def worker(x):
    return asyncio.run(square(x))


async def main():
    q = mp.Queue()
    for target in (child, probe):
        p = mp.Process(target=target, args=(q,))
        p.start()
        p.join()
        print(q.get())
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(2) as ex:
        print(await asyncio.gather(*(loop.run_in_executor(ex, worker, i) for i in range(4))))


if __name__ == '__main__':
    asyncio.run(main())
