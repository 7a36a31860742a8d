# The single-threaded baseline for gil_classic.py: the same two CPU-bound
# computations, run one after the other in the main thread. Compare its time with
# the threaded run: under a GIL the threaded version is no faster than this one.
import time

N = 1_000_000


def work():
    total = 0
    for n in range(N):
        total += n * n
    return total


start = time.perf_counter()
first = work()
second = work()
elapsed = time.perf_counter() - start
print(f"first: {first}")
print(f"second: {second}")
print(f"time: {elapsed:.3f} s")
