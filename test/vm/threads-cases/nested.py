# Blocking calls made inside nested eval loops (a Python __enter__, a generator, f(*args))
import queue
import threading


class Guard:
    def __init__(self):
        self.lock = threading.Lock()

    def __enter__(self):
        self.lock.acquire()
        return self

    def __exit__(self, *exc):
        self.lock.release()
        return False


guard = Guard()
count = 0


def bump(n):
    global count
    for _ in range(n):
        with guard:
            v = count
            count = v + 1


args = (500,)
ts = [threading.Thread(target=lambda: bump(*args)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("guarded count:", count)

q = queue.Queue(maxsize=2)


def produce():
    for i in range(20):
        q.put(i)
        yield i


def producer():
    sent = sum(produce())
    q.put(None)
    return sent


got = []
p = threading.Thread(target=producer)
p.start()
while (item := q.get()) is not None:
    got.append(item)
p.join()
print("generator producer:", got == list(range(20)))
