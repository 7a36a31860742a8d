# gilvm-nogil: --workers 2
"""A bounded ring buffer built on one Lock and two Conditions (not_full / not_empty),
with several producers and consumers, wait_for predicates, timeouts, notify(n) and a
close() that wakes everybody. Consumers checksum what they take."""
import threading


class Closed(Exception):
    pass


class RingBuffer:
    def __init__(self, capacity):
        self.items = [None] * capacity
        self.head = 0
        self.count = 0
        self.capacity = capacity
        self.closed = False
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0

    def put(self, item, timeout=None):
        with self.not_full:
            ok = self.not_full.wait_for(lambda: self.count < self.capacity or self.closed, timeout)
            if not ok:
                return False
            if self.closed:
                raise Closed("put on closed buffer")
            self.items[(self.head + self.count) % self.capacity] = item
            self.count += 1
            self.max_seen = max(self.max_seen, self.count)
            self.not_empty.notify()
            return True

    def get(self, timeout=None):
        with self.not_empty:
            if not self.not_empty.wait_for(lambda: self.count or self.closed, timeout):
                raise TimeoutError("get timed out")
            if self.count == 0:
                raise Closed("buffer closed and drained")
            item = self.items[self.head]
            self.items[self.head] = None
            self.head = (self.head + 1) % self.capacity
            self.count -= 1
            self.not_full.notify()
            return item

    def close(self):
        with self.lock:
            self.closed = True
            self.not_empty.notify_all()
            self.not_full.notify_all()


buf = RingBuffer(5)
taken = []
taken_lock = threading.Lock()


def producer(pid, n):
    for k in range(n):
        buf.put((pid, k, pid * 1000 + k))


def consumer(cid):
    got = []
    while True:
        try:
            got.append(buf.get())
        except Closed:
            break
    with taken_lock:
        taken.extend(got)


producers = [threading.Thread(target=producer, args=(p, 80)) for p in range(3)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(4)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
buf.close()
for t in consumers:
    t.join()

print("items taken:", len(taken))
print("checksum:", sum(x[2] for x in taken))
per_producer = {}
for pid, k, _ in taken:
    per_producer.setdefault(pid, []).append(k)
print("each producer complete:", {p: sorted(v) == list(range(80)) for p, v in sorted(per_producer.items())})
print("capacity respected:", 1 <= buf.max_seen <= 5)
print("buffer empty:", buf.count, buf.items)
try:
    buf.put("late")
except Closed as e:
    print("Closed:", e)

# timeouts on an open, empty / full buffer
b2 = RingBuffer(1)
try:
    b2.get(timeout=0.01)
except TimeoutError as e:
    print("TimeoutError:", e)
print("put:", b2.put("x", timeout=0.01), "put on full:", b2.put("y", timeout=0.01))

# notify(n) wakes exactly n waiters; the rest keep waiting until notify_all
cond = threading.Condition()
woken = []
ready = threading.Semaphore(0)
state = {"go": 0}


def waiter(i):
    with cond:
        ready.release()
        cond.wait_for(lambda: state["go"] > 0)
        state["go"] -= 1
        woken.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for w in ws:
    w.start()
for _ in ws:
    ready.acquire()
with cond:
    state["go"] = 2
    cond.notify(2)
while True:
    with cond:
        if len(woken) == 2:
            break
    threading.Event().wait(0.001)
print("after notify(2):", len(woken))
with cond:
    state["go"] = 3
    cond.notify_all()
for w in ws:
    w.join()
print("after notify_all:", len(woken), sorted(woken))
