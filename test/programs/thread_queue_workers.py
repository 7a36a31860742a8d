# queue.Queue with worker threads: task_done/join, sentinel shutdown, results
# collected into a list and printed sorted; Empty/Full exceptions; LIFO/priority.
import queue
import threading

tasks = queue.Queue()
results = []
results_lock = threading.Lock()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        with results_lock:
            results.append((item, item ** 2))
        tasks.task_done()


workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for n in range(20):
    tasks.put(n)
tasks.join()
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
print(len(results), sorted(results)[:5], sum(v for _, v in results))
assert sorted(k for k, _ in results) == list(range(20))
q = queue.Queue(maxsize=2)
q.put(1)
q.put(2)
print(q.full(), q.qsize(), q.empty())
try:
    q.put(3, block=False)
except queue.Full:
    print("queue.Full raised")
print(q.get(), q.get_nowait(), q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print("queue.Empty raised")
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("queue.Empty after timeout")
lifo = queue.LifoQueue()
for ch in "abc":
    lifo.put(ch)
print([lifo.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, "low"), (1, "high"), (2, "mid")]:
    pq.put(item)
print([pq.get()[1] for _ in range(3)])
pipeline_out = queue.Queue()


def stage(inq, outq):
    while (item := inq.get()) is not None:
        outq.put(item * 10)
    outq.put(None)


first = queue.Queue()
t = threading.Thread(target=stage, args=(first, pipeline_out))
t.start()
for v in (1, 2, 3):
    first.put(v)
first.put(None)
collected = []
while (v := pipeline_out.get()) is not None:
    collected.append(v)
t.join()
print(collected)
