# threads as learners use them: Lock, Queue producer/consumer, Condition, Event, Semaphore, Barrier, local, RLock, ThreadPoolExecutor, Timer
import threading, queue, time
results = []
lock = threading.Lock()
def worker(n):
    s = sum(i * i for i in range(n))
    with lock:
        results.append((n, s))
threads = [threading.Thread(target=worker, args=(n,), name=f'w{n}') for n in (10, 100, 1000)]
for t in threads: t.start()
for t in threads: t.join()
print(sorted(results), [t.name for t in threads], all(not t.is_alive() for t in threads))
q = queue.Queue(maxsize=3)
out = []
def producer():
    for i in range(10):
        q.put(i)
    q.put(None)
def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        out.append(item * 2)
        q.task_done()
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join(); q.join()
print(out, q.empty(), q.qsize())
counter = 0
def inc():
    global counter
    for _ in range(10000):
        with lock:
            counter += 1
ts = [threading.Thread(target=inc) for _ in range(4)]
[t.start() for t in ts]; [t.join() for t in ts]
print(counter)
cond = threading.Condition()
ready = []
def waiter(i):
    with cond:
        cond.wait_for(lambda: len(ready) > 0)
        ready.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws: w.start()
with cond:
    ready.append('go')
    cond.notify_all()
for w in ws: w.join()
print(ready[0], sorted(ready[1:]))
ev = threading.Event()
def setter():
    time.sleep(0.01); ev.set()
threading.Thread(target=setter).start()
print(ev.wait(2), ev.is_set())
sem = threading.Semaphore(2)
active = []; peak = [0]
def limited(i):
    with sem:
        with lock:
            active.append(i); peak[0] = max(peak[0], len(active))
        time.sleep(0.005)
        with lock:
            active.remove(i)
ls = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
[t.start() for t in ls]; [t.join() for t in ls]
print('peak <= 2:', peak[0] <= 2)
barrier = threading.Barrier(3)
order = []
def phase(i):
    order.append(('a', i)); barrier.wait(); order.append(('b', i))
bs = [threading.Thread(target=phase, args=(i,)) for i in range(3)]
[t.start() for t in bs]; [t.join() for t in bs]
print([x[0] for x in order])
local = threading.local()
def setlocal(v):
    local.v = v
    time.sleep(0.001)
    with lock: results.append(('local', local.v == v))
lt = [threading.Thread(target=setlocal, args=(i,)) for i in range(3)]
[t.start() for t in lt]; [t.join() for t in lt]
print([r for r in results if r[0] == 'local'])
rl = threading.RLock()
def reentrant(n):
    with rl:
        return 1 if n == 0 else 1 + reentrant(n - 1)
print(reentrant(5), threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
from concurrent.futures import ThreadPoolExecutor
with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(lambda x: x ** 2, range(6))), ex.submit(pow, 2, 10).result())
timer_hits = []
t = threading.Timer(0.01, lambda: timer_hits.append('fired')); t.start(); t.join()
print(timer_hits)
d = threading.Thread(target=lambda: None, daemon=True); d.start(); d.join()
print(d.daemon, isinstance(threading.get_ident(), int), repr(threading.Lock())[:7])
