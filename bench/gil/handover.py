# GIL hand-overs between two executors, for `npm run bench` (bench/gil-interp.ts): two
# CPU-bound threads under the GIL, run with --workers 2 --trace; the bench measures, from
# the trace, the time from a holder's switch drop to the other executor's take.
# Under the GIL the holder runs the queued threads itself (vm/scheduler.ts), so executors
# hand the GIL to each other only when a thread cannot leave its executor: a thread inside
# a nested call (here sum() over a generator: the generator's frames run in a nested eval
# loop on the executor's JS stack) is pinned to it. Both threads are pinned here, so every
# slice end is a hand-over between the two executors (OS threads).
import threading

N = 300_000


def work():
    return sum(n * n for n in range(N))


threads = [threading.Thread(target=work) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("done")
