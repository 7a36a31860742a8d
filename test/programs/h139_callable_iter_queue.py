# gilvm-nogil:
# consumer threads blocking inside `for item in iter(q.get, None)`: the blocking get runs
# in the loop's own frames (no nested JS loop), in both modes
import threading, queue
q = queue.Queue()
results = []
lock = threading.Lock()
def consumer(name):
    total = count = 0
    for item in iter(q.get, None):
        total += item
        count += 1
        q.task_done()
    q.task_done()
    with lock:
        results.append((total, count))
threads = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
for i in range(3000):
    q.put(i)
q.join()
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print(sum(t for t, c in results), sum(c for t, c in results), len(results))
# a lock's acquire as the callable: blocks until released by another thread
ev = threading.Event()
out = []
def waiter():
    for v in iter(lambda: (ev.wait(), len(out))[1], 3):
        out.append(v)
t = threading.Thread(target=waiter)
t.start()
ev.set()
t.join()
print(out)
