# gilvm-nogil: --workers 2
"""threading.Barrier: action run once per generation, wait() indices, abort() breaking
waiters, reset(), timeout breaking the barrier, an action that raises, n_waiting/parties/
broken properties."""
import threading

log = []
log_lock = threading.Lock()


def record(msg):
    with log_lock:
        log.append(msg)


generations = []
b = threading.Barrier(3, action=lambda: generations.append(len(generations)))
indices = []


def phase_worker(wid):
    for phase in range(3):
        idx = b.wait()
        record(("phase", phase, idx))


ts = [threading.Thread(target=phase_worker, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("generations:", generations)
per_phase = {}
for _, phase, idx in log:
    per_phase.setdefault(phase, []).append(idx)
print("indices per phase:", {p: sorted(v) for p, v in sorted(per_phase.items())})
print("parties:", b.parties, "waiting:", b.n_waiting, "broken:", b.broken)

# abort breaks current waiters
b2 = threading.Barrier(3)
outcomes = []


def waiter():
    try:
        b2.wait()
        outcomes.append("passed")
    except threading.BrokenBarrierError as e:
        outcomes.append(type(e).__name__)


w = [threading.Thread(target=waiter) for _ in range(2)]
for t in w:
    t.start()
while b2.n_waiting < 2:
    threading.Event().wait(0.001)
b2.abort()
for t in w:
    t.join()
print("after abort:", sorted(outcomes), b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print("wait on broken barrier raises")
b2.reset()
print("reset:", b2.broken, b2.n_waiting)

# timeout breaks the barrier for everyone
b3 = threading.Barrier(2, timeout=0.05)
try:
    b3.wait()
except threading.BrokenBarrierError:
    print("timed out; broken:", b3.broken)

# action raising: the waiter that ran it gets the exception, the others BrokenBarrierError
def bad_action():
    raise RuntimeError("action failed")


b4 = threading.Barrier(2, action=bad_action)
res = []


def w4():
    try:
        b4.wait()
        res.append("ok")
    except Exception as e:
        res.append(type(e).__name__)


ts = [threading.Thread(target=w4) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("action raised:", sorted(res), b4.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    threading.Barrier(0)
except ValueError as e:
    print("ValueError:", e)

# wait(timeout) per call
b5 = threading.Barrier(2)
try:
    b5.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print("per-call timeout broke it:", b5.broken)
