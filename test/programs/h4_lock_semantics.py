# gilvm-nogil: --workers 2
# Lock / RLock semantics from lock_tests.py: release unlocked, ownership across threads, timeouts, locked(), with-statement, recursion counts.
import threading, _thread
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

def run_in_thread(f):
    box = []
    def body():
        try: box.append(('ok', f()))
        except BaseException as e: box.append((type(e).__name__, str(e)))
    th = threading.Thread(target=body); th.start(); th.join()
    return box[0]

for factory in (threading.Lock, _thread.allocate_lock):
    lk = factory()
    t('release unlocked', lk.release)
    t('locked0', lk.locked)
    t('acquire', lk.acquire)
    t('locked1', lk.locked)
    t('acquire nb', lambda: lk.acquire(False))
    t('acquire timeout', lambda: lk.acquire(timeout=0.01))
    t('acquire blocking=False kw', lambda: lk.acquire(blocking=False))
    t('other thread nb', lambda: run_in_thread(lambda: lk.acquire(False)))
    t('other thread timeout', lambda: run_in_thread(lambda: lk.acquire(True, 0.01)))
    t('release from other thread', lambda: run_in_thread(lk.release))
    t('locked after', lk.locked)
    t('acquire neg timeout', lambda: lk.acquire(timeout=-5))
    t('acquire nb+timeout', lambda: lk.acquire(False, 0.5))
    t('acquire huge timeout', lambda: lk.acquire(timeout=1e100))
    with lk:
        t('in with', lk.locked)
    t('after with', lk.locked)
    t('enter returns', lambda: lk.__enter__())
    t('exit returns', lambda: lk.__exit__(None, None, None))
    t('type name', lambda: type(lk).__name__)

r = threading.RLock()
t('rlock release unowned', r.release)
t('rlock acquire', r.acquire)
t('rlock acquire again', r.acquire)
t('rlock is_owned', r._is_owned)
t('rlock other acquire nb', lambda: run_in_thread(lambda: r.acquire(False)))
t('rlock other release', lambda: run_in_thread(r.release))
t('rlock other is_owned', lambda: run_in_thread(r._is_owned))
t('rlock release1', r.release)
t('rlock still owned', r._is_owned)
t('rlock release2', r.release)
t('rlock owned now', r._is_owned)
t('rlock release3', r.release)
t('rlock nb', lambda: r.acquire(blocking=False))
t('rlock nb timeout', lambda: r.acquire(False, 1))
r.release()
with r:
    with r:
        t('nested with owned', r._is_owned)
t('after nested', r._is_owned)
t('rlock args', lambda: type(threading.RLock(1)).__name__)
t('lock args', lambda: threading.Lock(1))
t('rlock type', lambda: type(r).__name__)
t('_thread.RLock', lambda: type(_thread.RLock()).__name__)
t('error is RuntimeError', lambda: _thread.error is RuntimeError)
t('LockType', lambda: isinstance(threading.Lock(), _thread.LockType))

# a lock released by another thread wakes the waiter (lock_tests test_different_thread)
lk = threading.Lock()
lk.acquire()
started = threading.Event()
got = []
def waiter():
    started.set()
    got.append(lk.acquire(timeout=10))
w = threading.Thread(target=waiter); w.start()
started.wait()
lk.release()
w.join()
t('waiter got', lambda: got)
t('locked by waiter', lk.locked)
lk.release()

# thundering herd: many threads take the lock in turn, counter exact
lk = threading.Lock()
count = [0]
def inc():
    for _ in range(200):
        with lk:
            count[0] += 1
ths = [threading.Thread(target=inc) for _ in range(5)]
for th in ths: th.start()
for th in ths: th.join()
t('count', lambda: count[0])
rl = threading.RLock()
def rinc():
    for _ in range(100):
        with rl:
            with rl:
                count[0] += 1
ths = [threading.Thread(target=rinc) for _ in range(4)]
for th in ths: th.start()
for th in ths: th.join()
t('count2', lambda: count[0])
t('rl free', lambda: rl.acquire(False))

# timeout ranges and NaN (CPython's _PyTime_t conversion errors)
import queue
def held():
    l = threading.Lock(); l.acquire(); return l
for label, f in [
        ('event 1e100', lambda: threading.Event().wait(1e100)),
        ('set event 1e100', lambda: (lambda e: (e.set(), e.wait(1e100))[1])(threading.Event())),
        ('cond unowned 1e100', lambda: threading.Condition(threading.Lock()).wait(1e100)),
        ('sem 1e100', lambda: threading.Semaphore(0).acquire(timeout=1e100)),
        ('sem avail 1e100', lambda: threading.Semaphore(1).acquire(timeout=1e100)),
        ('queue get 1e100', lambda: queue.Queue().get(timeout=1e100)),
        ('lock int 10**30', lambda: held().acquire(timeout=10**30)),
        ('lock int 10**10', lambda: held().acquire(timeout=10**10)),
        ('lock nb 1e100', lambda: held().acquire(False, 1e100)),
        ('lock inf', lambda: held().acquire(timeout=float('inf'))),
        ('lock nan', lambda: held().acquire(timeout=float('nan'))),
        ('lock -1e100', lambda: held().acquire(timeout=-1e100)),
        ('event int 10**30', lambda: threading.Event().wait(10**30)),
        ('event nan', lambda: threading.Event().wait(float('nan'))),
        ('event inf', lambda: threading.Event().wait(float('inf'))),
        ('event -1', lambda: threading.Event().wait(-1)),
        ('event str', lambda: threading.Event().wait('x')),
        ('barrier 1e100', lambda: threading.Barrier(2).wait(1e100)),
        ('TIMEOUT_MAX', lambda: threading.TIMEOUT_MAX),
        ]:
    t(label, f)
