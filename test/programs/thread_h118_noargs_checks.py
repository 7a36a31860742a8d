# Argument checks of the lock methods and _thread functions that take no arguments
# (METH_NOARGS in CPython), Condition.__enter__ and Semaphore.__exit__ (Python defs in
# threading.py): a stray argument is a TypeError, never ignored.
import threading
import _thread


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


L = threading.Lock
R = threading.RLock
attempt("lock.locked(1)", lambda: L().locked(1))
attempt("lock.locked(x=1)", lambda: L().locked(x=1))
attempt("lock.release(1)", lambda: L().release(1))
attempt("lock.release_lock(1, 2)", lambda: L().release_lock(1, 2))
attempt("lock.locked_lock(1)", lambda: L().locked_lock(1))
attempt("rlock.release(1)", lambda: R().release(1))
attempt("rlock.release(x=1)", lambda: R().release(x=1))
attempt("rlock._is_owned(1)", lambda: R()._is_owned(1))
attempt("get_ident(1)", lambda: threading.get_ident(1))
attempt("get_ident(x=1)", lambda: threading.get_ident(x=1))
attempt("get_native_id(1)", lambda: threading.get_native_id(1))
attempt("_thread.get_ident(1, 2)", lambda: _thread.get_ident(1, 2))
attempt("_thread._count(1)", lambda: _thread._count(1))
attempt("cond.__enter__(1)", lambda: threading.Condition().__enter__(1))
attempt("cond.release(1)", lambda: threading.Condition().release(1))
attempt("sem.__exit__()", lambda: threading.Semaphore().__exit__())
attempt("bsem.__exit__(1)", lambda: threading.BoundedSemaphore().__exit__(1))
attempt("bsem.__exit__(1, 2)", lambda: threading.BoundedSemaphore().__exit__(1, 2))

# the stray argument is refused before the lock is touched: a held lock stays held
lk = threading.Lock()
lk.acquire()
attempt("held lock.release(1)", lambda: lk.release(1))
print("still locked:", lk.locked())
lk.release()
rl = R()
rl.acquire()
attempt("held rlock.release(None)", lambda: rl.release(None))
print("rlock still owned:", rl._is_owned())
rl.release()

# the ordinary calls, in this thread and in others
results = []
guard = threading.Lock()
cond = threading.Condition()
sem = threading.BoundedSemaphore(2)


def worker(i):
    with sem:
        with cond:
            with guard:
                results.append((i, guard.locked(), isinstance(threading.get_ident(), int)))
    rl2 = R()
    rl2.acquire()
    owned = rl2._is_owned()
    rl2.release()
    with guard:
        results.append((i + 100, owned, _thread._count() >= 1))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results))
print("lock free:", not guard.locked())
