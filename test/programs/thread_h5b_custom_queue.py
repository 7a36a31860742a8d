# queue.Queue subclasses overriding the _init/_qsize/_put/_get hooks; Condition over an RLock.
import threading
import queue
import heapq


class DedupQueue(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
        self.seen = set()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        if item not in self.seen:
            self.seen.add(item)
            heapq.heappush(self.queue, item)

    def _get(self):
        return heapq.heappop(self.queue)


dq = DedupQueue()
def feeder(k):
    for i in range(10):
        dq.put((i * k) % 7)
ts = [threading.Thread(target=feeder, args=(k,)) for k in (1, 2, 3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out = []
while dq.qsize():
    out.append(dq.get())
print("dedup sorted:", out, dq.unfinished_tasks)

# Condition over an RLock held recursively: wait() releases all levels, restores them
rl = threading.RLock()
cond = threading.Condition(rl)
box = []
def consumer():
    with cond:
        with cond:
            while not box:
                cond.wait()
            print("consumer got", box[0], "still owns:", rl._is_owned())
t = threading.Thread(target=consumer)
t.start()
while True:
    with cond:
        if True:
            box.append("item")
            cond.notify()
            break
t.join()
print("rlock free:", rl.acquire(blocking=False))
rl.release()

# a subclass of Thread that forgot to call __init__
class Broken(threading.Thread):
    def __init__(self):
        pass
try:
    Broken().start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Timer("x", print)
    print("Timer accepted a str interval")
except TypeError as e:
    print("TypeError:", e)
