# concurrent.futures: ThreadPoolExecutor (submit, map, as_completed, wait, exceptions,
# timeouts, shutdown), Future by hand, a ProcessPoolExecutor, and an executor never shut
# down (the script must still end).
# gilvm-nogil: --workers 2
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait
import threading
import time


def square(x):
    return x * x


def slow(n):
    time.sleep(0.15 * n)
    return n


def boom(x):
    raise ValueError(f'bad {x}')


if __name__ == '__main__':
    with ThreadPoolExecutor(max_workers=3) as ex:
        print(list(ex.map(square, range(6))))
        print(sum(f.result() for f in [ex.submit(square, i) for i in range(4)]))
        futures = {ex.submit(slow, n): n for n in (3, 1, 2)}
        print([futures[f] for f in as_completed(futures)])
        f = ex.submit(boom, 1)
        try:
            f.result()
        except ValueError as e:
            print('caught', e)
        print(f.done(), type(f.exception()).__name__, f.cancelled())
        done, not_done = wait([ex.submit(square, 2), ex.submit(square, 3)])
        print(sorted(d.result() for d in done), len(not_done))
        late = ex.submit(time.sleep, 0.5)
        try:
            late.result(timeout=0.01)
        except concurrent.futures.TimeoutError:
            print('timeout', concurrent.futures.TimeoutError is TimeoutError)
        names = set(ex.map(lambda _: threading.current_thread().name.rsplit('_', 1)[0], range(3)))
        print(sorted(names))
        print(list(ex.map(pow, [2, 3], [5, 2])))
    try:
        ex.submit(square, 1)
    except RuntimeError as e:
        print(e)

    f = concurrent.futures.Future()
    print(f.done(), f.running())
    results = []
    f.add_done_callback(lambda fut: results.append(fut.result()))
    f.set_result(7)
    print(f.result(), f.done(), results)
    f = concurrent.futures.Future()
    print(f.cancel(), f.cancelled())
    try:
        f.result()
    except concurrent.futures.CancelledError:
        print('CancelledError')

    with ProcessPoolExecutor(max_workers=2) as pex:
        print(list(pex.map(square, [3, 4, 5])))
        pf = pex.submit(boom, 2)
        try:
            pf.result()
        except ValueError as e:
            print('process caught', e)

    forgotten = ThreadPoolExecutor(2)
    print([fut.result() for fut in [forgotten.submit(square, i) for i in range(3)]])
    forgotten.submit(lambda: (time.sleep(0.3), print('queued work still runs')))
    print('end of script')
