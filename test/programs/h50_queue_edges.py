# gilvm-nogil: --workers 2
"""queue module edges: LifoQueue and PriorityQueue with tuples (ties, unorderable
payloads), Empty/Full with block=False and timeouts, put_nowait/get_nowait, maxsize,
task_done errors, join, SimpleQueue, and reprs of the exception classes."""
import queue
import threading

lq = queue.LifoQueue(maxsize=3)
for x in "abc":
    lq.put(x)
print("lifo full:", lq.full(), lq.qsize(), lq.empty())
try:
    lq.put("d", block=False)
except queue.Full as e:
    print("Full:", type(e).__name__, repr(e), e.args)
try:
    lq.put("d", timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    lq.put_nowait("d")
except queue.Full:
    print("put_nowait Full")
print([lq.get() for _ in range(3)])
try:
    lq.get_nowait()
except queue.Empty as e:
    print("Empty:", repr(e), isinstance(e, Exception))
try:
    lq.get(True, 0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    lq.get(timeout=-1)
except ValueError as e:
    print("ValueError:", e)

pq = queue.PriorityQueue()
items = [(3, "c"), (1, "z"), (2, "b"), (1, "a"), (2, "a"), (0, "first")]
for it in items:
    pq.put(it)
out = []
while not pq.empty():
    out.append(pq.get_nowait())
print("priority:", out)
pq.put((1, {"x": 1}))
try:
    pq.put((1, {"y": 2}))
except TypeError as e:
    print("TypeError:", e)
print("size after failed put:", pq.qsize())


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


pq2 = queue.PriorityQueue()
for p, n in [(5, "e"), (1, "a"), (3, "c"), (4, "d"), (2, "b")]:
    pq2.put(Job(p, n))
print([pq2.get() for _ in range(5)])

q = queue.Queue()
try:
    q.task_done()
except ValueError as e:
    print("task_done:", e)
q.put(1)
q.put(2)
print("unfinished:", q.unfinished_tasks)
q.get()
q.task_done()
q.get()
q.task_done()
q.join()
print("joined, unfinished:", q.unfinished_tasks)

# producers/consumers over a bounded queue with block=False retries
bq = queue.Queue(maxsize=2)
received = []
rlock = threading.Lock()
full_hits = [0]


def producer(base):
    for i in range(20):
        while True:
            try:
                bq.put_nowait(base + i)
                break
            except queue.Full:
                with rlock:
                    full_hits[0] += 1
                threading.Event().wait(0.001)


def consumer():
    while True:
        try:
            item = bq.get(timeout=0.5)
        except queue.Empty:
            return
        if item is None:
            bq.task_done()
            return
        with rlock:
            received.append(item)
        bq.task_done()


ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 100, 200)]
cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
bq.join()
for _ in cs:
    bq.put(None)
for t in cs:
    t.join()
print("received:", len(received), sorted(received) == sorted(list(range(20)) + list(range(100, 120)) + list(range(200, 220))))

sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i)
print("simple:", sq.qsize(), [sq.get() for _ in range(3)], sq.empty())
try:
    sq.get(block=False)
except queue.Empty:
    print("SimpleQueue Empty")
print(issubclass(queue.LifoQueue, queue.Queue), issubclass(queue.PriorityQueue, queue.Queue))
print(queue.Empty.__module__, queue.Full.__mro__[1].__name__)
q0 = queue.Queue(0)
for i in range(100):
    q0.put(i)
print("maxsize 0 unbounded:", q0.qsize(), q0.full(), q0.maxsize)
