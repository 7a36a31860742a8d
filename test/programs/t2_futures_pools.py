# concurrent.futures as GIL demos use it: ThreadPoolExecutor (map, submit, as_completed,
# wait, timeouts, callbacks, errors) at top level, then a ProcessPoolExecutor: its workers
# replay the top-level thread pool code before running their tasks.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION, Future, TimeoutError as FTE, CancelledError
import concurrent.futures
import time

def sq(x):
    return x * x

def boom(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(sq, range(10))))
    print(list(ex.map(pow, [2, 3], [5, 6])))
    futs = {ex.submit(sq, i): i for i in range(5)}
    res = sorted((futs[f], f.result()) for f in as_completed(futs))
    print(res)
    f = ex.submit(boom, 3)
    try:
        f.result()
    except ValueError as e:
        print("caught", e)
    print(type(f.exception()).__name__, f.done(), f.cancelled(), f.running())
    done, not_done = wait([ex.submit(sq, 2), ex.submit(sq, 3)])
    print(sorted(x.result() for x in done), len(not_done))
    done, not_done = wait([ex.submit(sq, 2)], return_when=FIRST_COMPLETED)
    print(len(done) >= 1)
    it = ex.map(boom, range(5))
    try:
        for v in it:
            print("v", v)
    except ValueError as e:
        print("map err", e)
    f = ex.submit(time.sleep, 0.2)
    try:
        f.result(timeout=0.01)
    except FTE as e:
        print("timeout", type(e).__name__, isinstance(e, TimeoutError))
    f2 = ex.submit(sq, 7)
    cb = []
    f2.add_done_callback(lambda fut: cb.append(fut.result()))
    f2.result()
    time.sleep(0.05)
    print(cb)
    print(ex.submit(sum, [1, 2, 3]).result())
    print(ex.submit(lambda a, b=2: a + b, 1, b=10).result())

fut = Future()
print(fut.done(), fut.cancel(), fut.cancelled())
try:
    fut.result()
except CancelledError as e:
    print("cancelled", type(e).__name__, type(e).__module__)
fut = Future()
fut.set_result(5); print(fut.result(), fut.done())
fut = Future()
fut.set_exception(KeyError('k')); print(repr(fut.exception()))

ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(sq, 1)
except RuntimeError as e:
    print("RE", e)

def cpu(n):
    return sum(i * i for i in range(n))

if __name__ == '__main__':
    with ProcessPoolExecutor(max_workers=2) as pex:
        print(list(pex.map(cpu, [10, 100, 1000])))
        fs = [pex.submit(cpu, n) for n in (5, 6)]
        print([f.result() for f in fs])
        f = pex.submit(boom, 3)
        try:
            f.result()
        except ValueError as e:
            print("proc err", e)
        print(list(pex.map(sq, range(6), chunksize=2)))
    try:
        ThreadPoolExecutor(max_workers=0)
    except ValueError as e:
        print("VE", e)
    try:
        ProcessPoolExecutor(max_workers=0)
    except ValueError as e:
        print("VE", e)
    with ThreadPoolExecutor(thread_name_prefix="pool") as ex:
        import threading
        print(ex.submit(lambda: threading.current_thread().name).result().startswith("pool_"))
    print(concurrent.futures.ALL_COMPLETED, FIRST_EXCEPTION)
    with ThreadPoolExecutor(2) as ex:
        fs = [ex.submit(boom, i) for i in range(5)]
        done, nd = wait(fs, return_when=FIRST_EXCEPTION)
        print(any(f.exception() for f in done))
    with ThreadPoolExecutor(2) as ex:
        fs = [ex.submit(boom, 3)]
        for f in as_completed(fs):
            print(repr(f.exception()))
    f = ThreadPoolExecutor(1).submit(boom, 3)
    time.sleep(0.05)
    print(repr(f)[:8])
