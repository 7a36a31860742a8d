# Threads that start, park on a lock / condition / queue, and finish, round after round.
# Under --no-gil the release of an object retired by an earlier slice runs its finalizer
# at the start of the next slice: it once ran on the finished thread's freed data stack
# (memory corruption: "unsupported opcode", "released twice").
import threading
import queue
from concurrent.futures import ThreadPoolExecutor


class Handle:
    dropped = 0

    def __del__(self):
        Handle.dropped += 1


def take_lock(lock, box):
    with lock:
        box.append(Handle())


def wait_condition(cond, box):
    with cond:
        while not box:
            cond.wait()


def drain(q, out):
    while True:
        item = q.get()
        if item is None:
            break
        out.append(item * item)


total = 0
for _ in range(40):
    lock = threading.Lock()
    lock.acquire()
    box = []
    threads = [threading.Thread(target=take_lock, args=(lock, box)) for _ in range(2)]
    for t in threads:
        t.start()
    lock.release()
    for t in threads:
        t.join()
    total += len(box)
print("lock rounds:", total)

woken = 0
for _ in range(40):
    cond = threading.Condition()
    box = []
    threads = [threading.Thread(target=wait_condition, args=(cond, box)) for _ in range(2)]
    for t in threads:
        t.start()
    with cond:
        box.append(1)
        cond.notify_all()
    for t in threads:
        t.join()
    woken += 2
print("condition rounds:", woken)

squares = []
for r in range(30):
    q = queue.SimpleQueue()
    out = []
    threads = [threading.Thread(target=drain, args=(q, out)) for _ in range(2)]
    for t in threads:
        t.start()
    for k in range(4):
        q.put(r + k)
    q.put(None)
    q.put(None)
    for t in threads:
        t.join()
    squares.append(sum(out))
print("queue sums:", sum(squares))

results = []
for r in range(20):
    with ThreadPoolExecutor(2) as ex:
        results.extend(ex.map(lambda i: [i * r][0], range(4)))
print("pool results:", len(results), sum(results))
