# Worker pool: threading.Thread + queue.Queue with sentinels, task_done/join.
import threading
import queue

NUM_WORKERS = 4
tasks = queue.Queue()
results = queue.Queue()
seen_by = {}
lock = threading.Lock()


def worker(wid):
    handled = 0
    while True:
        item = tasks.get()
        try:
            if item is None:
                break
            kind, n = item
            if kind == "square":
                results.put((n, n * n))
            elif kind == "fact":
                f = 1
                for i in range(2, n + 1):
                    f *= i
                results.put((n, f))
            else:
                results.put((n, "bad kind %r" % kind))
            handled += 1
        finally:
            tasks.task_done()
    with lock:
        seen_by[wid] = handled


threads = [threading.Thread(target=worker, args=(i,), name="W%d" % i) for i in range(NUM_WORKERS)]
for t in threads:
    t.start()
for n in range(20):
    tasks.put(("square", n))
for n in range(20, 25):
    tasks.put(("fact", n))
tasks.put(("cube", 99))
tasks.join()
print("unfinished after join:", tasks.unfinished_tasks)
for _ in threads:
    tasks.put(None)
for t in threads:
    t.join()
print("alive:", [t.is_alive() for t in threads])
out = []
while not results.empty():
    out.append(results.get_nowait())
out.sort(key=lambda p: p[0])
for n, r in out:
    print(n, r)
print("total handled:", sum(seen_by.values()), "workers reported:", sorted(seen_by))
print("queue empty:", tasks.empty(), tasks.qsize())
try:
    tasks.get_nowait()
except queue.Empty as e:
    print("Empty:", type(e).__name__, repr(e))
try:
    tasks.task_done()
except ValueError as e:
    print("ValueError:", e)
