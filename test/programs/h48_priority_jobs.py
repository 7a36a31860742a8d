# gilvm-nogil: --workers 2
"""A job system with three queue kinds: a PriorityQueue of (priority, seq, job) served by
workers, a LifoQueue used as an undo stack, and a bounded Queue for results with put
timeouts (queue.Full) and get timeouts (queue.Empty). Jobs are dataclass-like objects
ordered by priority; ties broken by a sequence number from itertools.count."""
import itertools
import queue
import threading


class Job:
    __slots__ = ("name", "cost", "kind")

    def __init__(self, name, cost, kind):
        self.name, self.cost, self.kind = name, cost, kind

    def __repr__(self):
        return f"Job({self.name!r}, {self.cost}, {self.kind!r})"


seq = itertools.count()
jobs = queue.PriorityQueue()
results = queue.Queue(maxsize=50)
STOP_PRIORITY = 99

specs = [("build", 3, "cpu"), ("lint", 1, "cpu"), ("deploy", 5, "io"), ("test", 2, "cpu"),
         ("docs", 4, "io"), ("fmt", 1, "cpu"), ("bench", 5, "cpu"), ("notify", 0, "io")]
for name, prio, kind in specs:
    jobs.put((prio, next(seq), Job(name, prio * 10, kind)))
print("queued:", jobs.qsize())
# peek at the order without threads: drain and refill
snapshot = []
while not jobs.empty():
    snapshot.append(jobs.get_nowait())
    jobs.task_done()
print("priority order:", [j.name for _, _, j in snapshot])
for item in snapshot:
    jobs.put(item)


def worker(wid):
    while True:
        prio, n, job = jobs.get()
        try:
            if job is None:
                return
            value = sum(range(job.cost * 100))
            results.put((job.name, job.kind, value, wid), timeout=5)
        finally:
            jobs.task_done()


N = 3
ws = [threading.Thread(target=worker, args=(w,)) for w in range(N)]
for w in ws:
    w.start()
jobs.join()
for _ in ws:
    jobs.put((STOP_PRIORITY, next(seq), None))
for w in ws:
    w.join()

collected = []
while True:
    try:
        collected.append(results.get(timeout=0.01))
    except queue.Empty:
        break
print("results:", sorted((n, k, v) for n, k, v, _ in collected))
print("workers used <= 3:", len({w for *_, w in collected}) <= 3)

# undo stack
undo = queue.LifoQueue()
edits = []


def editor(prefix):
    for i in range(3):
        undo.put(f"{prefix}{i}")


es = [threading.Thread(target=editor, args=(p,)) for p in "xy"]
for e in es:
    e.start()
for e in es:
    e.join()
popped = [undo.get() for _ in range(undo.qsize())]
print("undo popped:", len(popped), sorted(popped))
print("per editor LIFO:", all([x for x in popped if x[0] == p] == [f"{p}{i}" for i in (2, 1, 0)] for p in "xy"))

# bounded queue: Full after timeout, then a consumer makes room
small = queue.Queue(maxsize=2)
small.put("a")
small.put("b")
try:
    small.put("c", timeout=0.01)
except queue.Full:
    print("Full after timeout; full():", small.full())
room = threading.Event()


def drain_one():
    room.wait()
    print("drained:", small.get())


d = threading.Thread(target=drain_one)
d.start()
room.set()
small.put("c", timeout=5)
d.join()
print("now:", [small.get_nowait() for _ in range(small.qsize())])
try:
    small.get(block=False)
except queue.Empty:
    print("Empty; empty():", small.empty())
try:
    small.task_done()
    small.task_done()
    small.task_done()
    small.task_done()
except ValueError as e:
    print("ValueError:", e)
# uncomparable payloads with equal priorities need the sequence number
pq = queue.PriorityQueue()
pq.put((1, next(seq), {"a": 1}))
pq.put((1, next(seq), {"b": 2}))
print("dicts by seq:", [pq.get()[2] for _ in range(2)])
try:
    pq.put((1, {"x": 1}))
    pq.put((1, {"y": 2}))
except TypeError as e:
    print("TypeError:", e)
