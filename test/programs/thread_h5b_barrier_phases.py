# Barrier phases: each phase's results are complete before any thread starts the next.
import threading

N = 4
PHASES = 5
barrier = threading.Barrier(N)
grid = [[0] * N for _ in range(PHASES)]
checks = []
leaders = []
llock = threading.Lock()


def work(i):
    for p in range(PHASES):
        grid[p][i] = (p + 1) * (i + 1)
        idx = barrier.wait()
        if idx == 0:
            with llock:
                leaders.append(p)
        # everyone sees the complete row for this phase
        checks.append((p, i, sum(grid[p])))
        barrier.wait()


ts = [threading.Thread(target=work, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(set(checks)) == sorted(checks), len(checks))
for p in range(PHASES):
    sums = {s for (q, i, s) in checks if q == p}
    print("phase", p, "row", grid[p], "sums", sorted(sums))
print("one leader per phase:", sorted(leaders))
print("n_waiting", barrier.n_waiting, "parties", barrier.parties, "broken", barrier.broken)

# action runs once per phase, in the last thread to arrive
acts = []
b2 = threading.Barrier(3, action=lambda: acts.append(len(acts)))
def w2():
    for _ in range(3):
        b2.wait()
ts = [threading.Thread(target=w2) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("actions:", acts)

# abort and timeout -> BrokenBarrierError
b3 = threading.Barrier(2)
errs = []
def w3():
    try:
        b3.wait()
    except threading.BrokenBarrierError as e:
        errs.append(type(e).__name__)
t = threading.Thread(target=w3)
t.start()
while b3.n_waiting == 0:
    pass
b3.abort()
t.join()
print("abort:", errs, b3.broken)
b3.reset()
print("after reset broken:", b3.broken)
b4 = threading.Barrier(2, timeout=0.01)
try:
    b4.wait()
except threading.BrokenBarrierError as e:
    print("timeout ->", type(e).__name__, b4.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
