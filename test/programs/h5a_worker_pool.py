# gilvm: --workers 1 --switch-interval 200
# gilvm-nogil: --workers 2
# A job system: a pool of worker threads takes jobs from a queue, a lock-protected results
# table and counters, retries of failing jobs, a sentinel shutdown, and a report that does
# not depend on the order the threads ran in. Run with one executor and a 200-instruction
# switch interval: a worker pinned inside max(key=) handed the GIL over for the spare to run
# the queue while the spare waited in the main thread's nested Queue.join() and only polled,
# and an idle executor could miss its wake-up: at intervals 100-1000 this ran for minutes.
import threading
import queue
from collections import Counter
from dataclasses import dataclass, field


@dataclass(order=True)
class Job:
    priority: int
    jid: int
    kind: str = field(compare=False)
    payload: object = field(compare=False)
    attempts: int = field(default=0, compare=False)


class TransientError(Exception):
    pass


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def run_job(job):
    if job.kind == "collatz":
        return max(range(1, job.payload), key=collatz_len)
    if job.kind == "primes":
        sieve = bytearray([1]) * job.payload
        sieve[0:2] = b"\x00\x00"
        for i in range(2, int(job.payload ** 0.5) + 1):
            if sieve[i]:
                sieve[i * i::i] = bytearray(len(range(i * i, job.payload, i)))
        return sum(sieve)
    if job.kind == "words":
        return Counter(job.payload.split()).most_common(1)[0]
    if job.kind == "flaky":
        if job.attempts < 2:
            raise TransientError(f"job {job.jid} not ready (attempt {job.attempts + 1})")
        return "finally ok"
    raise ValueError(f"unknown job kind {job.kind!r}")


class Pool:
    def __init__(self, n):
        self.jobs = queue.PriorityQueue()
        self.results = {}
        self.failures = {}
        self.lock = threading.Lock()
        self.done_by = Counter()
        self.retries = 0
        self.threads = [threading.Thread(target=self.worker, name=f"w{i}") for i in range(n)]

    def submit(self, job):
        self.jobs.put(job)

    def worker(self):
        me = threading.current_thread().name
        while True:
            job = self.jobs.get()
            try:
                if job.kind == "stop":
                    return
                try:
                    value = run_job(job)
                except TransientError:
                    job.attempts += 1
                    with self.lock:
                        self.retries += 1
                    self.jobs.put(job)
                except Exception as e:
                    with self.lock:
                        self.failures[job.jid] = f"{type(e).__name__}: {e}"
                else:
                    with self.lock:
                        self.results[job.jid] = value
                        self.done_by[me] += 1
            finally:
                self.jobs.task_done()

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.jobs.join()
        for i in range(len(self.threads)):
            self.submit(Job(99, 10_000 + i, "stop", None))
        for t in self.threads:
            t.join()
        return False


specs = [("collatz", 3000), ("primes", 20000), ("words", "a b a c b a"), ("flaky", None),
         ("collatz", 500), ("mystery", 1), ("primes", 100), ("words", "x y y"), ("flaky", None)]
with Pool(3) as pool:
    for jid, (kind, payload) in enumerate(specs):
        pool.submit(Job(jid % 3, jid, kind, payload))

for jid in sorted(pool.results):
    print(f"job {jid}: {specs[jid][0]:<8} -> {pool.results[jid]!r}")
print("failures:", pool.failures)
print("retries:", pool.retries, "| jobs done:", sum(pool.done_by.values()),
      "| workers used <= 3:", len(pool.done_by) <= 3, "| alive:", [t.is_alive() for t in pool.threads])
print(sorted([Job(2, 5, "b", 0), Job(1, 9, "a", 0), Job(1, 3, "c", 0)])[0].jid, threading.active_count())
