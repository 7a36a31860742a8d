# Threads started and waited for inside a nested call before any thread ran (a module
# body run by import, exec(), a generator, a Python __enter__, a property, a sort key):
# the wait runs the new threads instead of reporting a false deadlock.
import threading
import queue
import time

import mod_t26_worker
print("imported", mod_t26_worker.results)

src = '''
out = []
t = threading.Thread(target=lambda: out.append(1))
t.start()
t.join()
print("exec done", out)
'''
exec(src)
ns = {"threading": threading}
exec(src, ns)
print(ns["out"])


def results():
    q = queue.Queue()

    def producer(i):
        inner = threading.Thread(target=q.put, args=(i * 10,))
        inner.start()
        inner.join()
        q.put(i)
    ts = [threading.Thread(target=producer, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for _ in range(6):
        yield q.get()
    for t in ts:
        t.join()


print(sorted(results()))


def timed():
    ev = threading.Event()
    t = threading.Thread(target=lambda: (time.sleep(0.2), ev.set()))
    t.start()
    r1 = ev.wait(0.001)
    t.join(timeout=0.001)
    yield r1
    t.join()
    yield ev.is_set()


print(list(timed()))


class Pool:
    def __enter__(self):
        self.cv = threading.Condition()
        self.ready = False

        def w():
            with self.cv:
                self.ready = True
                self.cv.notify_all()
        self.t = threading.Thread(target=w)
        self.t.start()
        with self.cv:
            self.cv.wait_for(lambda: self.ready)
        return self

    def __exit__(self, *a):
        self.t.join()


with Pool() as p:
    print("pool ready", p.ready)


class P:
    @property
    def v(self):
        out = []
        t = threading.Thread(target=out.append, args=(5,))
        t.start()
        t.join()
        return out[0]


print(P().v)
q = queue.Queue()


def key(x):
    threading.Thread(target=q.put, args=(x,)).start()
    return q.get()


print(sorted([3, 1, 2], key=key))
