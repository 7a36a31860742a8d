# gilvm-nogil:
# _thread.lock and RLock (C types with a weak reference list in CPython) and threading's
# Condition, Semaphore, BoundedSemaphore and Event (Python classes there) can be weakly
# referenced, with callbacks when they die; a WeakValueDictionary of per-key locks
import threading, weakref, gc
died = []
for name, mk in [("Lock", threading.Lock), ("RLock", threading.RLock), ("Event", threading.Event),
                 ("Condition", threading.Condition), ("Semaphore", threading.Semaphore),
                 ("BoundedSemaphore", threading.BoundedSemaphore), ("Barrier", lambda: threading.Barrier(2))]:
    o = mk()
    r = weakref.ref(o, lambda ref, name=name: died.append(name))
    ok = r() is o
    del o
    gc.collect()
    print(name, ok, r() is None)
print(died)
class MyEvent(threading.Event):
    pass
e = MyEvent()
p = weakref.proxy(e)
print(p.is_set(), weakref.getweakrefcount(e))
locks = weakref.WeakValueDictionary()
def get_lock(key):
    lock = locks.get(key)
    if lock is None:
        lock = locks[key] = threading.Lock()
    return lock
total = {"a": 0, "b": 0}
def work(key):
    for _ in range(500):
        with get_lock(key):
            total[key] += 1
keep = [get_lock("a"), get_lock("b")]
ts = [threading.Thread(target=work, args=(k,)) for k in "abab"]
for t in ts: t.start()
for t in ts: t.join()
print(total, sorted(locks.keys()))
del keep
gc.collect()
print(len(locks))
ws = weakref.WeakSet([threading.RLock()])
gc.collect()
print(len(ws))
