# gilvm-nogil: --workers 2
# Semaphore, BoundedSemaphore, Event and argument errors of the Python-level sync classes (lock_tests.py): values, release(n), timeouts, waking, subclassing.
import threading
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

c = threading.Condition(); e = threading.Event(); s = threading.Semaphore(); b = threading.Barrier(1)
for label, f in [('cw', lambda: c.wait(1, 2)), ('cwk', lambda: c.wait(x=1)), ('cwf', lambda: c.wait_for()), ('cwf3', lambda: c.wait_for(1,2,3)),
  ('cn', lambda: c.notify(1, 2)), ('ew', lambda: e.wait(1, 2)), ('ewk', lambda: e.wait(t=1)), ('es', lambda: e.set(1)),
  ('sa', lambda: s.acquire(1, 2, 3)), ('sak', lambda: s.acquire(x=1)), ('sr', lambda: s.release(1, 2)), ('sr0', lambda: s.release(0)), ('srf', lambda: s.release(1.5)),
  ('sanb', lambda: s.acquire(False, 1)), ('bw', lambda: b.wait(1, 2)), ('sem', lambda: threading.Semaphore(1, 2)), ('semk', lambda: threading.Semaphore(value=-1)),
  ('bsem', lambda: threading.BoundedSemaphore(-1)), ('bar', lambda: threading.Barrier()), ('cwstr', lambda: c.wait_for(lambda: 0, 'x')),
  ('cnstr', lambda: c.notify('x')), ('ev', lambda: threading.Event(1)), ('srstr', lambda: s.release('a'))]:
    try: print(label, repr(f()))
    except Exception as ex: print(label, type(ex).__name__, ex)

s = threading.Semaphore(2)
t('acq1', s.acquire); t('acq2', s.acquire); t('acq3 nb', lambda: s.acquire(False))
t('acq timeout', lambda: s.acquire(timeout=0.01))
t('acq blocking kw', lambda: s.acquire(blocking=False))
t('value', lambda: s._value)
t('release 3', lambda: s.release(3)); t('value3', lambda: s._value)
t('release n kw', lambda: s.release(n=2)); t('value5', lambda: s._value)
t('release -1', lambda: s.release(-1))
with s:
    t('in with', lambda: s._value)
t('after with', lambda: s._value)
t('zero sem', lambda: threading.Semaphore(0).acquire(timeout=0))
t('zero sem neg', lambda: threading.Semaphore(0).acquire(timeout=-1))
t('sem 0 value', lambda: threading.Semaphore(0)._value)
b = threading.BoundedSemaphore(2)
t('bounded over', b.release)
b.acquire(); b.acquire()
t('bounded rel', b.release); t('bounded rel2', b.release); t('bounded rel3', b.release)
b.acquire()
t('bounded release 2', lambda: b.release(2))
t('bounded value', lambda: b._value)
t('bounded isinstance', lambda: isinstance(b, threading.Semaphore))

# semaphore limits concurrency: at most 2 inside at once
sem = threading.Semaphore(2)
inside = [0]; peak = [0]; guard = threading.Lock()
gate = threading.Event()
def worker():
    with sem:
        with guard:
            inside[0] += 1
            peak[0] = max(peak[0], inside[0])
        gate.wait(0.002)
        with guard:
            inside[0] -= 1
ths = [threading.Thread(target=worker) for _ in range(6)]
for th in ths: th.start()
for th in ths: th.join()
t('peak <= 2', lambda: peak[0] <= 2)
t('sem restored', lambda: sem._value)

# release(n) wakes n waiters
sem = threading.Semaphore(0)
done = []
def taker(i):
    sem.acquire(); done.append(i)
ths = [threading.Thread(target=taker, args=(i,)) for i in range(4)]
for th in ths: th.start()
sem.release(4)
for th in ths: th.join()
t('all took', lambda: sorted(done))

e = threading.Event()
t('is_set', e.is_set)
t('wait 0', lambda: e.wait(0))
t('wait short', lambda: e.wait(0.01))
t('wait neg', lambda: e.wait(-5))
t('wait None kw', lambda: (e.set(), e.wait(timeout=None))[1])
t('is_set2', e.is_set)
t('set twice', e.set)
t('clear', e.clear)
t('cleared wait', lambda: e.wait(0))
# many waiters wake on one set, and wait returns True
res = []
def ew():
    res.append(e.wait(10))
ths = [threading.Thread(target=ew) for _ in range(5)]
for th in ths: th.start()
e.set()
for th in ths: th.join()
t('waiters', lambda: res)
# set then clear before the waiter runs: wait with timeout returns the flag it saw
e2 = threading.Event()
def late():
    res.append(('late', e2.wait(0.02)))
th = threading.Thread(target=late); th.start(); th.join()
t('late', lambda: res[-1])

class MyEvent(threading.Event):
    def set(self):
        print('setting')
        super().set()
me = MyEvent(); me.set()
t('subclass', lambda: (me.is_set(), type(me).__mro__[1].__name__))
class MySem(threading.BoundedSemaphore):
    pass
ms = MySem(1)
t('subsem', lambda: (ms.acquire(), ms.release(), ms._value))
t('subsem over', ms.release)
