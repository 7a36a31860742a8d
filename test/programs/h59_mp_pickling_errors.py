# Where CPython reports what cannot be pickled: multiprocessing.Queue.put returns and its
# feeder thread prints the error (the item is dropped), SimpleQueue.put raises, a Pool
# task's error is raised by the result's get(), a ProcessPoolExecutor's by result(). A
# failed initializer or a worker that exits breaks a ProcessPoolExecutor (BrokenProcessPool).
import multiprocessing as mp
import os
from concurrent.futures import ProcessPoolExecutor


def square(x):
    return x * x


def worker_name(_):
    return mp.current_process().name


def failing_init():
    raise ValueError("initializer failed")


def exit_now():
    os._exit(1)


if __name__ == "__main__":
    q = mp.Queue()
    q.put(lambda: 1)
    print("put returned")
    q.put(5)
    print(q.get())
    try:
        mp.SimpleQueue().put(lambda: 1)
    except Exception as e:
        print("SimpleQueue.put:", type(e).__name__)
    with mp.Pool(2) as pool:
        r = pool.apply_async(square, (lambda: 1,))
        print("apply_async returned")
        try:
            r.get()
        except Exception as e:
            print("get:", type(e).__name__)
        try:
            pool.map(square, [1, 2, lambda: 3, 4], chunksize=1)
        except Exception as e:
            print("map:", type(e).__name__)
        print(pool.map(square, range(5)))
        print(sorted(set(pool.map(worker_name, range(4))))[0].rstrip("0123456789"))
    with ProcessPoolExecutor(2) as ex:
        f = ex.submit(lambda: 1)
        print("submitted")
        try:
            f.result()
        except Exception as e:
            print("result:", type(e).__name__)
        print(list(ex.map(square, [1, 2, 3])))
        print(ex.submit(worker_name, 0).result().rstrip("0123456789"))
    with ProcessPoolExecutor(1, initializer=failing_init) as ex:
        f = ex.submit(abs, -1)
        try:
            print(f.result())
        except Exception as e:
            print(type(e).__name__, e)
        try:
            ex.submit(abs, -2)
        except Exception as e:
            print("submit:", type(e).__name__, e)
    with ProcessPoolExecutor(1) as ex:
        futures = [ex.submit(exit_now), ex.submit(abs, -3)]
        for f in futures:
            try:
                print(f.result())
            except Exception as e:
                print(type(e).__name__, e)
    print("done")
