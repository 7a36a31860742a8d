# GIL hand-overs between two executors, for `npm run bench` (bench/gil-interp.ts): two
# CPU-bound threads under the GIL, run with --workers 2 --trace; the bench measures, from
# the trace, the time from a holder's switch drop to the other executor's take.
import threading

N = 300_000


def work():
    total = 0
    for n in range(N):
        total += n * n
    return total


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
