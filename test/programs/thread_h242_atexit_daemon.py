# atexit callbacks run after the non-daemon threads have ended and while daemon threads
# still run (CPython's Py_FinalizeEx: threading._shutdown, then atexit): a callback may
# signal a daemon worker and join it. The main thread counts as stopped there.
import atexit
import queue
import sys
import threading
import time

q = queue.Queue()
stop = threading.Event()
seen = []


def daemon_worker():
    while not stop.is_set():
        try:
            item = q.get(timeout=0.02)
        except queue.Empty:
            continue
        seen.append(item)
    print('daemon worker stopping with', sorted(seen))


def slow_worker(n):
    time.sleep(0.05 * n)
    q.put(n)
    print('slow worker', n, 'done')


d = threading.Thread(target=daemon_worker, daemon=True, name='D')
d.start()
for n in (1, 2):
    threading.Thread(target=slow_worker, args=(n,), name=f'S{n}').start()


@atexit.register
def last():
    print('last: daemon alive', d.is_alive(), 'main alive', threading.main_thread().is_alive())
    print('last: threads', sorted(t.name for t in threading.enumerate()))
    stop.set()
    d.join(5)
    print('last: daemon joined', not d.is_alive())


def first(tag):
    print('first callback', tag)
    raise ValueError('callback failed')


atexit.register(first, 'x')
q.put(0)
print('main ends')
sys.exit(3)
