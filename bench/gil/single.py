# Single-thread cost of the GIL machinery, for `npm run bench` (bench/gil-interp.ts).
# `single.py plain`: the work runs on the main JS thread (no thread was ever started: no
# executor, no GIL). `single.py thread`: an empty thread is started and joined first, so the
# same work then runs on an executor under the GIL (slice boundaries with the GIL checks,
# accounting, the run-queue peek; nested-loop slice checks in sum()), with no other thread
# alive. Best of REPEAT; prints the wall seconds, the process CPU seconds (user + system of
# every thread of the process: the idle supervisor and spare sleep in futex waits) and a
# checksum.
import sys
import time

N = 300_000
REPEAT = int(sys.argv[2]) if len(sys.argv) > 2 else 5

if sys.argv[1] == "thread":
    import threading

    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()


def work():
    total = 0
    for n in range(N):
        total += n * n
    total += sum(x * x for x in range(N))
    total += len(sorted(range(N // 10), key=lambda v: -v))
    return total


best = best_cpu = float("inf")
check = 0
for _ in range(REPEAT):
    start = time.perf_counter()
    start_cpu = time.process_time()
    check = work()
    best_cpu = min(best_cpu, time.process_time() - start_cpu)
    best = min(best, time.perf_counter() - start)
print(f"{best:.6f} {best_cpu:.6f} {check}")
