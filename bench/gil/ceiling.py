# The machine's ceiling for any two-thread speedup, for `npm run bench` (bench/nogil-bench.ts):
# the classic demo's computation (sum of n * n over range(1_000_000)) twice one after the
# other in this process, then twice at the same time in two processes of a
# multiprocessing.Pool ("the other way around the GIL": separate interpreters, nothing
# shared). Under python3 the ratio sequential / parallel is what two independent CPython
# interpreters get from this machine's two cores (a VM's two vCPUs may share a physical core,
# or a busy host); gilvm --no-gil cannot beat it. Best of REPEAT each, alternating, after
# one warm-up round. Prints: sequential seconds, parallel seconds.
import multiprocessing
import sys
import time

N = 1_000_000
REPEAT = int(sys.argv[1]) if len(sys.argv) > 1 else 3


def work(_):
    total = 0
    for n in range(N):
        total += n * n
    return total


if __name__ == "__main__":
    best_seq = best_par = float("inf")
    with multiprocessing.Pool(2) as pool:
        expected = pool.map(work, [0, 1], chunksize=1)
        for _ in range(REPEAT):
            start = time.perf_counter()
            results = [work(0), work(1)]
            best_seq = min(best_seq, time.perf_counter() - start)
            start = time.perf_counter()
            results_par = pool.map(work, [0, 1], chunksize=1)
            best_par = min(best_par, time.perf_counter() - start)
            assert results == results_par == expected
    print(f"{best_seq:.6f} {best_par:.6f}")
