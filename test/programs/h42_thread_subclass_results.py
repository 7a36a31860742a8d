# gilvm-nogil: --workers 2
# Subclassing Thread to return results, plus a PriorityQueue job scheduler with workers.
import threading
import queue
import time


class Worker(threading.Thread):
    def __init__(self, numbers, name):
        super().__init__(name=name)
        self.numbers = numbers
        self.result = None
        self.error = None

    def run(self):
        try:
            self.result = sum(n * n for n in self.numbers)
            if not self.numbers:
                raise ValueError("empty batch")
        except ValueError as e:
            self.error = e


workers = [Worker(range(i * 10, i * 10 + 10), f"sq-{i}") for i in range(3)] + [Worker([], "empty")]
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.result, repr(w.error))
print("total:", sum(w.result for w in workers))


class ReturningThread(threading.Thread):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._return = None

    def run(self):
        if self._target is not None:
            self._return = self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        super().join(timeout)
        return self._return


t = ReturningThread(target=pow, args=(3, 4))
t.start()
print("joined value:", t.join())
t = ReturningThread(target=lambda a, b=1: a * b, args=(6,), kwargs={"b": 7})
t.start()
print("joined value:", t.join())

jobs = queue.PriorityQueue()
done = []
done_lock = threading.Lock()

def scheduler_worker():
    while True:
        priority, seq, task = jobs.get()
        if task is None:
            jobs.task_done()
            return
        time.sleep(0.001)
        with done_lock:
            done.append((priority, task))
        jobs.task_done()

for seq, (prio, name) in enumerate([(3, "backup"), (1, "page oncall"), (2, "send mail"), (1, "fix prod"), (5, "cleanup")]):
    jobs.put((prio, seq, name))
ws = [threading.Thread(target=scheduler_worker) for _ in range(2)]
for w in ws:
    w.start()
jobs.join()
for _ in ws:
    jobs.put((99, 99, None))
for w in ws:
    w.join()
print("done (sorted):", sorted(done))

lq = queue.LifoQueue(maxsize=2)
lq.put("a"); lq.put("b")
try:
    lq.put("c", timeout=0.01)
except queue.Full:
    print("LifoQueue full")
print(lq.get(), lq.get())
try:
    lq.get_nowait()
except queue.Empty:
    print("LifoQueue empty")
sq = queue.SimpleQueue()
sq.put(1); sq.put(2)
print("SimpleQueue:", sq.get(), sq.qsize(), sq.empty())
