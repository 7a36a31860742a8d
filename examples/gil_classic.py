# The classic GIL demonstration.
#
# Two threads each run a CPU-bound loop (a plain `for` over range(1_000_000) doing
# `total += n * n`). Under a GIL only one thread executes Python bytecode at a time,
# so running the two computations in two threads takes about as long as running them
# one after the other (often a bit longer, because of lock hand-offs): the ratio
# threaded/sequential is ~1.0 or more. Without a GIL (gilvm --no-gil, free-threaded
# CPython) the two threads run in parallel and the ratio drops towards 0.5.
# Times vary from run to run; the results of the computations do not.
import threading
import time

N = 1_000_000


def work(results, slot):
    total = 0
    for n in range(N):
        total += n * n
    results[slot] = total


def sequential():
    results = [None, None]
    start = time.perf_counter()
    work(results, 0)
    work(results, 1)
    return time.perf_counter() - start, results


def threaded():
    results = [None, None]
    threads = [threading.Thread(target=work, args=(results, i)) for i in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start, results


# Best of 5, alternating (as timeit does): gilvm's executors are JS engines whose JIT
# starts slow, so the first rounds measure the warm-up as much as the GIL. Without the
# GIL each executor warms up on its own (a thread's first 1,000,000-iteration loops take
# ~2x, ~1.5x, ~1.3x its later ones), which takes three or four rounds.
seq_time = thr_time = float("inf")
for _ in range(5):
    t, seq_results = sequential()
    seq_time = min(seq_time, t)
    t, thr_results = threaded()
    thr_time = min(thr_time, t)
assert seq_results == thr_results == [sum(n * n for n in range(N))] * 2
print(f"result per computation: {seq_results[0]}")
print(f"sequential: {seq_time:.3f} s")
print(f"two threads: {thr_time:.3f} s")
print(f"ratio threads/sequential: {thr_time / seq_time:.2f}")
