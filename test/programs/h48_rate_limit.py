# gilvm-nogil: --workers 2
"""Rate limiting with semaphores: a connection pool (BoundedSemaphore) shared by many
downloader threads, tracking the peak number of simultaneous holders; a Semaphore used as
a token bucket refilled by a producer; non-blocking and timed acquires; over-release of a
BoundedSemaphore; release(n)."""
import threading


class ConnectionPool:
    def __init__(self, size):
        self.size = size
        self.sem = threading.BoundedSemaphore(size)
        self.lock = threading.Lock()
        self.in_use = 0
        self.peak = 0
        self.served = {}

    def __enter__(self):
        self.sem.acquire()
        with self.lock:
            self.in_use += 1
            self.peak = max(self.peak, self.in_use)
        return self

    def __exit__(self, *exc):
        with self.lock:
            self.in_use -= 1
        self.sem.release()
        return False

    def fetch(self, url):
        # pretend to work: a little CPU while holding the connection
        total = 0
        for ch in url * 20:
            total += ord(ch)
        with self.lock:
            self.served[url] = total
        return total


pool = ConnectionPool(3)
urls = [f"https://example.com/item/{i}" for i in range(40)]
work = list(urls)
work_lock = threading.Lock()
totals = []


def downloader():
    mine = 0
    while True:
        with work_lock:
            if not work:
                break
            url = work.pop()
        with pool as conn:
            mine += conn.fetch(url)
    with work_lock:
        totals.append(mine)


ds = [threading.Thread(target=downloader) for _ in range(6)]
for d in ds:
    d.start()
for d in ds:
    d.join()
print("served:", len(pool.served), "sum ok:", sum(totals) == sum(pool.served.values()))
print("peak within limit:", 1 <= pool.peak <= 3, "in use now:", pool.in_use)
try:
    pool.sem.release()
except ValueError as e:
    print("ValueError:", e)

# token bucket: consumers need a token per request; the refiller adds them in batches
tokens = threading.Semaphore(0)
consumed = []
c_lock = threading.Lock()
done = threading.Event()


def consumer(cid, n):
    for k in range(n):
        tokens.acquire()
        with c_lock:
            consumed.append((cid, k))


def refiller(total, batch):
    given = 0
    while given < total:
        step = min(batch, total - given)
        tokens.release(step)
        given += step
    done.set()


cs = [threading.Thread(target=consumer, args=(c, 10)) for c in range(3)]
rf = threading.Thread(target=refiller, args=(30, 4))
for t in cs + [rf]:
    t.start()
for t in cs + [rf]:
    t.join()
print("consumed:", len(consumed), sorted({c for c, _ in consumed}), done.is_set())
print("no token left:", tokens.acquire(blocking=False), tokens.acquire(timeout=0.01))
tokens.release(2)
print("two tokens:", tokens.acquire(False), tokens.acquire(False), tokens.acquire(False))
try:
    tokens.release(0)
except ValueError as e:
    print("release(0):", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("Semaphore(-1):", e)

# a semaphore protecting a critical section behaves like a lock
counter = [0]
sem1 = threading.Semaphore(1)


def bump(n):
    for _ in range(n):
        with sem1:
            counter[0] += 1


bs = [threading.Thread(target=bump, args=(500,)) for _ in range(4)]
for b in bs:
    b.start()
for b in bs:
    b.join()
print("counter:", counter[0])
