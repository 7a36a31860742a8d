# Callbacks run when results arrive, not only when the caller next waits on the pool: a
# loop that sleeps until callbacks have collected every result ends (it never did), for
# Pool, ThreadPool and ProcessPoolExecutor's done-callbacks.
import concurrent.futures as cf
import multiprocessing as mp
import time
from multiprocessing.pool import ThreadPool


def square(x):
    return x * x


def fail(x):
    raise ValueError(x)


def wait_until(done, seconds=30):
    deadline = time.monotonic() + seconds
    while not done() and time.monotonic() < deadline:
        time.sleep(0.02)
    return done()


if __name__ == '__main__':
    results, errors = [], []
    with mp.Pool(2) as pool:
        for i in range(4):
            pool.apply_async(square, (i,), callback=results.append)
        pool.apply_async(fail, (7,), error_callback=lambda e: errors.append(repr(e)))
        pool.map_async(square, [5, 6], callback=lambda r: results.append(tuple(r)))
        print(wait_until(lambda: len(results) == 5 and len(errors) == 1))
    print(sorted(results, key=str), errors)

    got = []
    tp = ThreadPool(2)
    for i in range(3):
        tp.apply_async(square, (i,), callback=got.append)
    print(wait_until(lambda: len(got) == 3), sorted(got))
    tp.close()
    tp.join()

    seen = []
    with cf.ProcessPoolExecutor(2) as ex:
        for n in (7, 8):
            ex.submit(square, n).add_done_callback(lambda f: seen.append(f.result()))
        print(wait_until(lambda: len(seen) == 2), sorted(seen))
