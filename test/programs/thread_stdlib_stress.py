# Threads hammering collections, queues, Condition, lru_cache, Barrier, Event, Semaphore
# and excepthook; results printed only where they do not depend on scheduling.
import threading, queue, collections, itertools, functools, time
from concurrent.futures import ThreadPoolExecutor, as_completed, wait

# shared structures hammered by threads (results checked deterministically)
counter = collections.Counter()
dq = collections.deque(maxlen=100)
dd = collections.defaultdict(list)
lock = threading.Lock()

def work(tid):
    for i in range(300):
        with lock:
            counter[tid % 3] += 1
            dd[tid].append(i)
        dq.append(i)
    return tid

with ThreadPoolExecutor(max_workers=6) as ex:
    futs = [ex.submit(work, t) for t in range(12)]
    done = sorted(f.result() for f in as_completed(futs))
print(done, dict(sorted(counter.items())), sum(len(v) for v in dd.values()), len(dq))

# pipeline of stages with queues and sentinels
def stage(inq, outq, fn):
    while True:
        x = inq.get()
        if x is None:
            outq.put(None)
            break
        outq.put(fn(x))

q1, q2, q3 = queue.Queue(), queue.Queue(5), queue.Queue()
t1 = threading.Thread(target=stage, args=(q1, q2, lambda x: x * 2))
t2 = threading.Thread(target=stage, args=(q2, q3, lambda x: x + 1))
t1.start(); t2.start()
for i in range(50):
    q1.put(i)
q1.put(None)
out = []
while (x := q3.get()) is not None:
    out.append(x)
t1.join(); t2.join()
print(out[:5], len(out), sum(out))

# condition variable bounded buffer
buf = []
cond = threading.Condition()
produced = []
consumed = []
def producer(n, base):
    for i in range(n):
        with cond:
            while len(buf) >= 3:
                cond.wait()
            buf.append(base + i)
            produced.append(base + i)
            cond.notify_all()
def consumer(n):
    for _ in range(n):
        with cond:
            while not buf:
                cond.wait()
            consumed.append(buf.pop(0))
            cond.notify_all()
ps = [threading.Thread(target=producer, args=(40, k * 1000)) for k in range(3)]
cs = [threading.Thread(target=consumer, args=(60,)) for _ in range(2)]
for t in ps + cs: t.start()
for t in ps + cs: t.join()
print(len(produced), len(consumed), sorted(produced) == sorted(consumed))

# lru_cache under threads
@functools.lru_cache(maxsize=None)
def slow_sq(x):
    return x * x
with ThreadPoolExecutor(4) as ex:
    r = list(ex.map(slow_sq, [i % 10 for i in range(200)]))
print(sum(r), slow_sq.cache_info().currsize)

# barrier rounds
barrier = threading.Barrier(4)
rounds = collections.defaultdict(int)
def br(i):
    for r in range(5):
        with lock:
            rounds[r] += 1
        barrier.wait()
ts = [threading.Thread(target=br, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(dict(rounds))

# many short threads
acc = []
for batch in range(10):
    ts = [threading.Thread(target=acc.append, args=(batch * 10 + i,)) for i in range(10)]
    for t in ts: t.start()
    for t in ts: t.join()
print(len(acc), sorted(acc) == list(range(100)))

# event signalling
ready = threading.Event()
go = threading.Event()
log = []
def waiter(i):
    ready.wait()
    with lock:
        log.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
ready.set()
for t in ts: t.join()
print(sorted(log))

# semaphore-limited
sem = threading.Semaphore(2)
active = [0]; peak = [0]
def limited():
    with sem:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.005)
        with lock:
            active[0] -= 1
ts = [threading.Thread(target=limited) for _ in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 2, active[0])

# exceptions in thread with excepthook
errs = []
threading.excepthook = lambda args: errs.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
def bad():
    raise RuntimeError("thread failed")
t = threading.Thread(target=bad, name="bad-thread"); t.start(); t.join()
print(errs)
threading.excepthook = threading.__excepthook__

# itertools shared iterator with lock
it = itertools.count()
got = []
def take():
    for _ in range(100):
        with lock:
            got.append(next(it))
ts = [threading.Thread(target=take) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(got) == list(range(400)))
