# queue.Queue bounds and timeouts, PriorityQueue/LifoQueue/SimpleQueue with threads.
import threading
import queue

q = queue.Queue(maxsize=2)
q.put(1)
q.put(2, block=False)
print("full:", q.full(), q.qsize(), q.maxsize)
try:
    q.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full nowait", repr(e))
print(q.get(), q.get())
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
try:
    q.get(True, -1)
except ValueError as e:
    print("ValueError:", e)

# blocked putter wakes when a getter drains
order = []
def putter():
    for i in range(6):
        q.put(i)
        order.append(("put", i))
t = threading.Thread(target=putter)
t.start()
got = [q.get() for _ in range(6)]
t.join()
print("got:", got, "puts:", len(order))

pq = queue.PriorityQueue()
def pput(items):
    for it in items:
        pq.put(it)
ts = [threading.Thread(target=pput, args=([(p, "job%d" % p) for p in range(k, 20, 4)],)) for k in range(4)]
for x in ts:
    x.start()
for x in ts:
    x.join()
print([pq.get()[1] for _ in range(5)], pq.qsize())

lq = queue.LifoQueue()
for i in range(5):
    lq.put(i)
print([lq.get() for _ in range(5)])

sq = queue.SimpleQueue()
def sput():
    for i in range(100):
        sq.put(i)
ts = [threading.Thread(target=sput) for _ in range(3)]
for x in ts:
    x.start()
for x in ts:
    x.join()
vals = []
while not sq.empty():
    vals.append(sq.get())
print(len(vals), sum(vals), sq.qsize())
try:
    sq.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")

# join() returns once all task_done calls arrive from worker threads
jq = queue.Queue()
for i in range(10):
    jq.put(i)
done = []
def drain():
    while True:
        try:
            x = jq.get_nowait()
        except queue.Empty:
            return
        done.append(x)
        jq.task_done()
ts = [threading.Thread(target=drain) for _ in range(3)]
for x in ts:
    x.start()
jq.join()
for x in ts:
    x.join()
print(sorted(done), jq.unfinished_tasks)
