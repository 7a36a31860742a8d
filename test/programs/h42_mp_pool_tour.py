# gilvm-nogil: --workers 2
# multiprocessing.Pool tour: map, starmap, imap, imap_unordered, apply_async with callbacks.
import multiprocessing
import os
import time


def cube(x):
    return x ** 3


def power(base, exp):
    return base ** exp


def slow_len(word):
    time.sleep(0.001 * (len(word) % 3))
    return word, len(word)


def check_positive(n):
    if n < 0:
        raise ValueError(f"negative: {n}")
    return n


def whoami(_):
    return os.getpid()


if __name__ == "__main__":
    print("cpu_count is an int >= 1:", isinstance(os.cpu_count(), int) and os.cpu_count() >= 1)
    print("mp cpu_count matches os:", multiprocessing.cpu_count() == os.cpu_count())
    with multiprocessing.Pool(processes=3) as pool:
        print("map:", pool.map(cube, range(8)))
        print("map chunksize=3:", pool.map(cube, range(8), chunksize=3))
        print("starmap:", pool.starmap(power, [(2, 10), (3, 4), (10, 3)]))
        print("imap:", list(pool.imap(cube, [5, 4, 3])))
        print("imap_unordered sorted:", sorted(pool.imap_unordered(slow_len, ["a", "bb", "ccc", "dddd"])))
        collected = []
        errors = []
        handles = [pool.apply_async(check_positive, (n,), callback=collected.append,
                                    error_callback=lambda e: errors.append(repr(e)))
                   for n in [3, -1, 7, -2]]
        for h in handles:
            h.wait()
        print("ready:", [h.ready() for h in handles])
        print("successful:", [h.successful() for h in handles])
        print("callback results:", sorted(collected))
        print("error callbacks:", sorted(errors))
        try:
            handles[1].get()
        except ValueError as e:
            print("get() re-raises:", e)
        r = pool.map_async(cube, range(4))
        print("map_async:", r.get(timeout=10))
        print("apply:", pool.apply(power, (7, 2)))
        pids = set(pool.map(whoami, range(12)))
        print("workers are other processes:", os.getpid() not in pids, 1 <= len(pids) <= 3)
    try:
        pool.map(cube, [1])
    except ValueError as e:
        print("after with:", e)
    print("done")
