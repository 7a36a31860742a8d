# gilvm-nogil: --workers 2
"""Priority job scheduler: worker threads, queue.PriorityQueue, retries, results."""
import threading
import queue
import time
from dataclasses import dataclass, field
from itertools import count


@dataclass(order=True)
class Job:
    priority: int
    seq: int
    name: str = field(compare=False)
    work: object = field(compare=False, repr=False)
    attempts: int = field(default=0, compare=False)


class TransientError(Exception):
    pass


class JobScheduler:
    STOP = Job(10**9, 0, "<stop>", None)

    def __init__(self, n_workers, max_attempts=3):
        self.q = queue.PriorityQueue()
        self.seq = count()
        self.results = {}
        self.failures = {}
        self.log = []
        self.lock = threading.Lock()
        self.max_attempts = max_attempts
        self.done = threading.Condition(self.lock)
        self.pending = 0
        self.workers = [threading.Thread(target=self._run, name=f"w{i}", daemon=True)
                        for i in range(n_workers)]

    def submit(self, name, work, priority=5):
        with self.lock:
            self.pending += 1
        self.q.put(Job(priority, next(self.seq), name, work))

    def _run(self):
        while True:
            job = self.q.get()
            try:
                if job is self.STOP:
                    return
                job.attempts += 1
                try:
                    value = job.work()
                except TransientError as e:
                    if job.attempts < self.max_attempts:
                        with self.lock:
                            self.log.append((job.name, "retry", job.attempts))
                        self.q.put(Job(job.priority + 1, next(self.seq), job.name, job.work, job.attempts))
                        continue
                    self._finish(job, error=e)
                except Exception as e:
                    self._finish(job, error=e)
                else:
                    self._finish(job, value=value)
            finally:
                self.q.task_done()

    def _finish(self, job, value=None, error=None):
        with self.done:
            if error is None:
                self.results[job.name] = value
            else:
                self.failures[job.name] = f"{type(error).__name__}: {error} (after {job.attempts})"
            self.pending -= 1
            self.done.notify_all()

    def __enter__(self):
        for w in self.workers:
            w.start()
        return self

    def __exit__(self, exc_type, exc, tb):
        with self.done:
            ok = self.done.wait_for(lambda: self.pending == 0, timeout=30)
        for _ in self.workers:
            self.q.put(self.STOP)
        for w in self.workers:
            w.join()
        print("drained:", ok, "alive:", [w.is_alive() for w in self.workers])
        return False


def flaky(n_failures, value):
    state = {"left": n_failures}
    lock = threading.Lock()

    def run():
        with lock:
            if state["left"] > 0:
                state["left"] -= 1
                raise TransientError(f"{state['left']} more failures")
        return value
    return run


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


with JobScheduler(3) as sched:
    for i in range(8):
        sched.submit(f"fib{i * 10}", lambda i=i: fib(i * 10), priority=i % 3)
    sched.submit("flaky-ok", flaky(2, "eventually"), priority=1)
    sched.submit("flaky-bad", flaky(5, "never"), priority=0)
    sched.submit("div", lambda: 1 / 0)
    sched.submit("key", lambda: {}["missing"])
    sched.submit("sum", lambda: sum(range(10000)), priority=9)

for name in sorted(sched.results):
    print(f"{name:>9} = {sched.results[name]}")
for name, why in sorted(sched.failures.items()):
    print(f"{name:>9} ! {why}")
print(sorted(sched.log))
print(sched.q.qsize(), sched.q.empty(), sched.pending)

# ordering check: a single consumer sees jobs strictly by (priority, seq)
pq = queue.PriorityQueue()
for i, p in enumerate([3, 1, 2, 1, 0, 3]):
    pq.put(Job(p, i, f"j{i}", None))
order = []
while not pq.empty():
    order.append(pq.get_nowait().name)
print(order)
try:
    pq.get_nowait()
except queue.Empty:
    print("queue.Empty raised", queue.Empty.__mro__[1].__name__)
lq = queue.LifoQueue(maxsize=2)
lq.put(1)
lq.put(2)
try:
    lq.put(3, timeout=0.01)
except queue.Full:
    print("queue.Full raised", lq.full(), lq.get(), lq.get())
sq = queue.SimpleQueue()
for x in "abc":
    sq.put(x)
print([sq.get() for _ in range(3)], sq.empty())

# threads producing into one list under a lock; result is order independent
totals = []
tl = threading.Lock()
barrier = threading.Barrier(4)


def part(k):
    barrier.wait()
    s = sum(i * i for i in range(k * 1000, (k + 1) * 1000))
    with tl:
        totals.append((k, s))


ts = [threading.Thread(target=part, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals), sum(s for _, s in totals) == sum(i * i for i in range(4000)))
