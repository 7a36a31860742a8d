# gilvm-nogil: --workers 2
# threading tour, output independent of scheduling: Thread subclass, Lock/RLock, Condition, Semaphore, Event, Barrier, local, Timer, names, misuse errors, queue.Queue/LifoQueue/PriorityQueue with task_done/join and Empty/Full, an exception in a thread.
import threading, time, queue
class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f'W{n}')
        self.n = n; self.result = None
    def run(self): self.result = sum(range(self.n))
ws = [Worker(i * 100) for i in range(4)]
for w in ws: w.start()
for w in ws: w.join()
print([w.result for w in ws], [w.name for w in ws], ws[0].is_alive())
lock = threading.Lock(); rl = threading.RLock(); counter = 0
def inc():
    global counter
    for _ in range(1000):
        with lock:
            with rl:
                with rl: counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(counter, lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01), lock.locked())
lock.release()
try: lock.release()
except RuntimeError as e: print('RuntimeError', e)
try: rl.release()
except RuntimeError as e: print('RuntimeError', e)
cond = threading.Condition(); items = []
def producer():
    for i in range(5):
        with cond: items.append(i); cond.notify()
def consumer(out):
    got = 0
    while got < 5:
        with cond:
            cond.wait_for(lambda: items)
            out.append(items.pop(0)); got += 1
out = []
c = threading.Thread(target=consumer, args=(out,)); p = threading.Thread(target=producer)
c.start(); p.start(); p.join(); c.join(); print(out)
sem = threading.Semaphore(2); active = [0]; peak = [0]; ml = threading.Lock()
def s():
    with sem:
        with ml: active[0] += 1; peak[0] = max(peak[0], active[0])
        time.sleep(0.01)
        with ml: active[0] -= 1
ts = [threading.Thread(target=s) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(peak[0] <= 2, active[0])
bs = threading.BoundedSemaphore(1); bs.acquire(); bs.release()
try: bs.release()
except ValueError as e: print('ValueError', e)
ev = threading.Event(); print(ev.is_set(), ev.wait(0.01))
def setter(): ev.set()
threading.Thread(target=setter).start(); print(ev.wait(5), ev.is_set()); ev.clear(); print(ev.is_set())
b = threading.Barrier(3); res = []
def bw(i):
    idx = b.wait(); res.append(i)
ts = [threading.Thread(target=bw, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(res), b.parties, b.n_waiting, b.broken)
loc = threading.local(); loc.v = 'main'; seen = []
def lw(i): loc.v = i; time.sleep(0.001); seen.append(loc.v == i)
ts = [threading.Thread(target=lw, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(all(seen), loc.v)
fired = []
tm = threading.Timer(0.01, lambda x: fired.append(x), args=('fire',)); tm.start(); tm.join(); print(fired)
tm2 = threading.Timer(10, lambda: fired.append('no')); tm2.start(); tm2.cancel(); tm2.join(); print(fired)
print(threading.current_thread().name, threading.main_thread().name, threading.current_thread() is threading.main_thread())
names = []
t = threading.Thread(target=lambda: names.append(threading.current_thread().name), name='custom'); t.start(); t.join(); print(names)
t = threading.Thread(target=lambda: None); print(t.name.startswith('Thread-'), t.daemon, t.ident)
t.start(); t.join(); print(t.ident is not None, t.is_alive())
try: t.start()
except RuntimeError as e: print(e)
try: threading.Thread().join()
except RuntimeError as e: print(e)
try: threading.current_thread().join()
except RuntimeError as e: print(e)
print(threading.active_count(), len(threading.enumerate()))
q = queue.Queue()
def qw():
    while True:
        it = q.get()
        if it is None: q.task_done(); break
        res.append(it * 2); q.task_done()
res = []
w = threading.Thread(target=qw); w.start()
for i in range(5): q.put(i)
q.put(None); q.join(); w.join(); print(res, q.empty(), q.qsize())
lq = queue.LifoQueue(); pq = queue.PriorityQueue()
for x in [3, 1, 2]: lq.put(x); pq.put((x, str(x)))
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
bq = queue.Queue(maxsize=1); bq.put(1); print(bq.full())
try: bq.put(2, timeout=0.01)
except queue.Full: print('Full')
try: bq.put_nowait(2)
except queue.Full as e: print('Full', repr(e))
bq.get()
try: bq.get(timeout=0.01)
except queue.Empty as e: print('Empty', repr(e))
try: bq.get_nowait()
except queue.Empty: print('Empty')
try: bq.task_done(); bq.task_done()
except ValueError as e: print(e)
sq = queue.SimpleQueue(); sq.put(1); print(sq.get(), sq.empty())
def boom(): raise ValueError('bad thing')
t = threading.Thread(target=boom, name='Boomer'); t.start(); t.join()
print('after')
