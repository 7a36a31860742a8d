# Producer/consumer over a bounded buffer guarded by a Condition (two conditions on one lock).
import threading
import collections

class BoundedBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = collections.deque()
        self.lock = threading.Lock()
        self.not_full = threading.Condition(self.lock)
        self.not_empty = threading.Condition(self.lock)
        self.max_seen = 0
        self.closed = False

    def put(self, item):
        with self.not_full:
            while len(self.items) >= self.capacity:
                self.not_full.wait()
            self.items.append(item)
            if len(self.items) > self.max_seen:
                self.max_seen = len(self.items)
            self.not_empty.notify()

    def close(self):
        with self.lock:
            self.closed = True
            self.not_empty.notify_all()

    def get(self):
        with self.not_empty:
            while not self.items:
                if self.closed:
                    return None
                self.not_empty.wait()
            item = self.items.popleft()
            self.not_full.notify()
            return item


buf = BoundedBuffer(3)
consumed = collections.defaultdict(list)
clock = threading.Lock()


def producer(pid, count):
    for i in range(count):
        buf.put((pid, i))


def consumer(cid):
    while True:
        item = buf.get()
        if item is None:
            return
        with clock:
            consumed[item[0]].append(item[1])


producers = [threading.Thread(target=producer, args=(p, 50)) for p in range(3)]
consumers = [threading.Thread(target=consumer, args=(c,)) for c in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
buf.close()
for t in consumers:
    t.join()
for pid in sorted(consumed):
    vals = consumed[pid]
    print(pid, len(vals), sorted(vals) == list(range(50)), sum(vals))
print("max buffered <= capacity:", buf.max_seen <= buf.capacity)
print("leftover:", len(buf.items))

# wait_for with a predicate and a timeout
cond = threading.Condition()
state = {"ready": False}
def setter():
    with cond:
        state["ready"] = True
        cond.notify_all()
with cond:
    r0 = cond.wait_for(lambda: state["ready"], timeout=0.01)
print("wait_for before set:", r0)
t = threading.Thread(target=setter)
t.start()
with cond:
    r1 = cond.wait_for(lambda: state["ready"], timeout=5)
t.join()
print("wait_for after set:", r1)
with cond:
    print("wait timeout returns:", cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
