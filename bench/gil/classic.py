# The classic GIL demo for `npm run bench` (bench/gil-interp.ts), the shape of
# examples/gil_classic.py: two threads each summing n * n over range(1_000_000), against
# the same two computations one after the other in the main thread. A first, empty thread
# moves the run onto the executors before anything is timed, so both variants run under
# the GIL on executors (worker start-up is not in either time). Best of REPEAT each,
# alternating. Prints: sequential seconds, threaded seconds, whether the results agree,
# then the first repetition's sequential and threaded seconds (they include the JIT
# warm-up of each executor's V8 isolate: the best ones are the steady state).
import sys
import threading
import time

N = 1_000_000
REPEAT = int(sys.argv[1]) if len(sys.argv) > 1 else 3


def work(results, slot):
    total = 0
    for n in range(N):
        total += n * n
    results[slot] = total


t = threading.Thread(target=lambda: None)
t.start()
t.join()

best_seq = best_thr = float("inf")
first = None
ok = True
for _ in range(REPEAT):
    seq_results = [None, None]
    start = time.perf_counter()
    work(seq_results, 0)
    work(seq_results, 1)
    best_seq = min(best_seq, time.perf_counter() - start)

    thr_results = [None, None]
    threads = [threading.Thread(target=work, args=(thr_results, i)) for i in range(2)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    thr = time.perf_counter() - start
    best_thr = min(best_thr, thr)
    if first is None:
        first = (best_seq, thr)
    ok = ok and seq_results == thr_results == [sum(n * n for n in range(N))] * 2
print(f"{best_seq:.6f} {best_thr:.6f} {ok} {first[0]:.6f} {first[1]:.6f}")
