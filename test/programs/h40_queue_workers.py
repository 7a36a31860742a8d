import threading
import queue
import time

class Job:
    def __init__(self, priority, name, cost):
        self.priority, self.name, self.cost = priority, name, cost
    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)
    def __repr__(self):
        return f"Job({self.priority}, {self.name!r})"

pq = queue.PriorityQueue()
for j in [Job(3, "c", 1), Job(1, "a", 2), Job(2, "b", 3), Job(1, "aa", 1)]:
    pq.put(j)
print([pq.get() for _ in range(pq.qsize())], pq.empty())

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get_nowait() for _ in range(4)])
try:
    lifo.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
small = queue.Queue(maxsize=1)
small.put("x")
try:
    small.put("y", block=False)
except queue.Full:
    print("Full", small.full(), small.maxsize)

tasks = queue.Queue()
done_lock = threading.RLock()
totals = {}
def worker(wid):
    while True:
        item = tasks.get()
        try:
            if item is None:
                return
            with done_lock:
                with done_lock:
                    totals[item] = item ** 2
        finally:
            tasks.task_done()

workers = [threading.Thread(target=worker, args=(i,), name=f"W{i}") for i in range(3)]
for w in workers:
    w.start()
for n in range(30):
    tasks.put(n)
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print(len(totals), sum(totals.values()), tasks.unfinished_tasks if hasattr(tasks, "unfinished_tasks") else 0)

cond = threading.Condition()
state = {"count": 0}
def incr():
    for _ in range(100):
        with cond:
            state["count"] += 1
            cond.notify_all()
ts = [threading.Thread(target=incr) for _ in range(4)]
for t in ts:
    t.start()
with cond:
    ok = cond.wait_for(lambda: state["count"] >= 400, timeout=10)
for t in ts:
    t.join()
print(ok, state["count"])

names = []
def record():
    names.append(threading.current_thread().name)
th = [threading.Thread(target=record, name=f"rec-{i}") for i in range(3)]
for t in th:
    t.start()
for t in th:
    t.join()
print(sorted(names), all(t.ident is not None for t in th), len({t.ident for t in th}) >= 1)
print([t.name for t in threading.enumerate()], repr(th[0]).startswith("<Thread(rec-0, stopped"))

captured = []
def hook(args):
    captured.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def failing():
    raise LookupError("nope")
f = threading.Thread(target=failing, name="failer")
f.start(); f.join()
print(captured)

rl = threading.RLock()
rl.acquire(); rl.acquire()
rl.release(); rl.release()
try:
    rl.release()
except RuntimeError as e:
    print("RuntimeError:", e)
lk = threading.Lock()
print(lk.acquire(blocking=False), lk.acquire(blocking=False), lk.locked(), lk.acquire(timeout=0.01))
lk.release()
print(lk.locked())
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start(); t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
