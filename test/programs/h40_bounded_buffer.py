import threading
import time

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = []
        self.cond = threading.Condition()
        self.closed = False
        self.max_seen = 0

    def put(self, item):
        with self.cond:
            while len(self.items) >= self.capacity:
                self.cond.wait()
            self.items.append(item)
            self.max_seen = max(self.max_seen, len(self.items))
            self.cond.notify_all()

    def get(self):
        with self.cond:
            while not self.items and not self.closed:
                self.cond.wait()
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    def close(self):
        with self.cond:
            self.closed = True
            self.cond.notify_all()

class Producer(threading.Thread):
    def __init__(self, buf, start, count):
        super().__init__(name=f"producer-{start}")
        self.buf, self.start_at, self.count = buf, start, count
    def run(self):
        for i in range(self.start_at, self.start_at + self.count):
            self.buf.put(i)

class Consumer(threading.Thread):
    def __init__(self, buf, results):
        super().__init__(daemon=True)
        self.buf, self.results = buf, results
        self.consumed = 0
    def run(self):
        while (item := self.buf.get()) is not None:
            self.results.append(item * item)
            self.consumed += 1

buf = BoundedBuffer(3)
results = []
producers = [Producer(buf, k * 100, 25) for k in range(3)]
consumers = [Consumer(buf, results) for _ in range(2)]
for t in consumers + producers:
    t.start()
for p in producers:
    p.join()
buf.close()
for c in consumers:
    c.join(timeout=5)
print(len(results), sum(results), sorted(results)[:3], buf.max_seen <= 3)
print(sum(c.consumed for c in consumers), [c.is_alive() for c in consumers])
print(sorted(p.name for p in producers), consumers[0].daemon, producers[0].daemon)

barrier = threading.Barrier(4, action=lambda: phases.append("phase"))
phases = []
order = []
olock = threading.Lock()
def phase_worker(idx):
    for step in range(3):
        with olock:
            order.append((step, idx))
        r = barrier.wait()
        assert 0 <= r < 4
ts = [threading.Thread(target=phase_worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
steps = [s for s, _ in order]
print(steps == sorted(steps), len(phases), barrier.parties, barrier.n_waiting, barrier.broken)

ready = threading.Event()
got = []
def waiter():
    got.append(ready.wait(2))
w = threading.Thread(target=waiter)
w.start()
time.sleep(0.01)
ready.set()
w.join()
print(got, ready.is_set(), threading.Event().wait(0.01))

fired = []
t = threading.Timer(0.02, fired.append, args=("timer",))
t.start(); t.join()
t2 = threading.Timer(5, fired.append, args=("never",))
t2.start(); t2.cancel(); t2.join()
print(fired, t2.finished.is_set())

local = threading.local()
seen = {}
def use_local(n):
    local.value = n
    time.sleep(0.001)
    seen[n] = local.value
ts = [threading.Thread(target=use_local, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(seen == {i: i for i in range(5)}, hasattr(local, "value"))

pool = threading.BoundedSemaphore(2)
active = [0]
peak = [0]
lk = threading.Lock()
def limited():
    with pool:
        with lk:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with lk:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 2, active[0])
try:
    pool.release()
except ValueError as e:
    print("ValueError:", e)
print(threading.current_thread().name, threading.active_count(), threading.main_thread() is threading.current_thread())
