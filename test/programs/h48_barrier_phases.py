# gilvm-nogil: --workers 2
"""A heat-diffusion simulation on a 1-D rod split between worker threads. Each step has
two phases separated by a Barrier: compute the new values from the old grid, then swap.
The barrier's action (run by exactly one thread) records statistics. Afterwards the
barrier is aborted to show BrokenBarrierError, and reset for a second run."""
import threading

N_CELLS = 24
N_WORKERS = 4
STEPS = 30

grid = [0.0] * N_CELLS
grid[0] = 100.0
grid[-1] = 50.0
new_grid = grid[:]
history = []
action_threads = []


def record():
    history.append(round(sum(grid), 6))
    action_threads.append(threading.current_thread().name)


barrier = threading.Barrier(N_WORKERS, action=record)
indices = []
idx_lock = threading.Lock()


def worker(wid):
    global grid, new_grid
    chunk = N_CELLS // N_WORKERS
    lo, hi = wid * chunk, (wid + 1) * chunk
    for step in range(STEPS):
        for i in range(lo, hi):
            if i == 0 or i == N_CELLS - 1:
                new_grid[i] = grid[i]
            else:
                new_grid[i] = grid[i] + 0.25 * (grid[i - 1] - 2 * grid[i] + grid[i + 1])
        idx = barrier.wait()
        with idx_lock:
            indices.append((step, idx))
        if idx == 0:
            grid, new_grid = new_grid, grid
        barrier.wait()


threads = [threading.Thread(target=worker, args=(w,), name=f"W{w}") for w in range(N_WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("steps recorded:", len(history))
print("first sums:", history[:4])
print("final grid:", [round(x, 3) for x in grid])
print("action runners are workers:", set(action_threads) <= {t.name for t in threads})
by_step = {}
for step, idx in indices:
    by_step.setdefault(step, []).append(idx)
print("indices per step are 0..3:", all(sorted(v) == [0, 1, 2, 3] for v in by_step.values()))
print("barrier:", barrier.parties, barrier.n_waiting, barrier.broken)

# abort while threads are waiting: every waiter gets BrokenBarrierError
b2 = threading.Barrier(3)
outcomes = []
out_lock = threading.Lock()
arrived = threading.Semaphore(0)


def waiter(i):
    try:
        arrived.release()
        b2.wait()
        res = "passed"
    except threading.BrokenBarrierError:
        res = "broken"
    with out_lock:
        outcomes.append((i, res))


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(2)]
for w in ws:
    w.start()
arrived.acquire()
arrived.acquire()
while b2.n_waiting < 2:
    threading.Event().wait(0.001)
b2.abort()
for w in ws:
    w.join()
print("after abort:", sorted(outcomes), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError as e:
    print("wait on broken:", type(e).__name__, isinstance(e, RuntimeError))
b2.reset()
print("after reset:", b2.broken, b2.n_waiting)

# an action that raises breaks the barrier for everyone
def bad_action():
    raise ZeroDivisionError("action failed")


b3 = threading.Barrier(2, action=bad_action)
results = []


def runner():
    try:
        b3.wait()
        results.append("ok")
    except ZeroDivisionError as e:
        results.append("action raised: " + str(e))
    except threading.BrokenBarrierError:
        results.append("broken")


rs = [threading.Thread(target=runner) for _ in range(2)]
for r in rs:
    r.start()
for r in rs:
    r.join()
print("bad action:", sorted(results), b3.broken)

# timeout on wait breaks the barrier
b4 = threading.Barrier(2)
try:
    b4.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("timed out -> broken:", b4.broken)
