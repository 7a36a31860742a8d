# gilvm-nogil: --workers 2
# Building a tiny thread pool from threading + queue, results collected in order.
import threading
import queue
import time


class ThreadPool:
    def __init__(self, size):
        self.tasks = queue.Queue()
        self.results = {}
        self.lock = threading.Lock()
        self.workers = []
        for i in range(size):
            t = threading.Thread(target=self._run, name=f"pool-{i}", daemon=True)
            t.start()
            self.workers.append(t)

    def _run(self):
        while True:
            item = self.tasks.get()
            if item is None:
                break
            index, func, args = item
            try:
                value = func(*args)
            except Exception as exc:
                value = exc
            with self.lock:
                self.results[index] = value
            self.tasks.task_done()
        self.tasks.task_done()

    def map(self, func, iterable):
        count = 0
        for i, x in enumerate(iterable):
            self.tasks.put((i, func, (x,)))
            count += 1
        self.tasks.join()
        return [self.results.pop(i) for i in range(count)]

    def close(self):
        for _ in self.workers:
            self.tasks.put(None)
        for t in self.workers:
            t.join(timeout=5)


def slow_square(n):
    time.sleep(0.002 * (n % 3))
    if n == 7:
        raise ValueError("seven is unlucky")
    return n * n


pool = ThreadPool(3)
out = pool.map(slow_square, range(10))
for i, r in enumerate(out):
    if isinstance(r, Exception):
        print(i, "->", type(r).__name__, r)
    else:
        print(i, "->", r)
print("second batch:", pool.map(len, ["a", "bb", "ccc", ""]))
print("third batch:", pool.map(str.upper, "gil"))
pool.close()
print("alive after close:", [t.is_alive() for t in pool.workers])
print("leftover results:", pool.results)
