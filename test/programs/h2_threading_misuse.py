# gilvm-nogil: --workers 2
# threading and queue misuse and corner cases: argument errors, timeouts, lock ownership across threads, Barrier abort/timeout, excepthook, sys.exit in a thread.
import threading, queue, _thread, time
def t(f):
    try: print(repr(f()))
    except Exception as e: print('!!', type(e).__name__, e)
t(lambda: threading.Thread(target=5).start())
t(lambda: threading.Thread(target=lambda: 0, args=5))
t(lambda: threading.Semaphore(-1))
t(lambda: threading.Barrier(0).parties)
t(lambda: threading.Condition().notify())
t(lambda: threading.Condition().wait(0))
t(lambda: threading.Lock().acquire(False, 1))
t(lambda: threading.Lock().acquire(timeout=-2))
t(lambda: threading.RLock().acquire(blocking=False, timeout=1))
t(lambda: queue.Queue().put(1, timeout=-1))
t(lambda: queue.Queue().get(timeout=-1))
t(lambda: queue.Queue(maxsize=0).full())
t(lambda: queue.PriorityQueue().get_nowait())
def pq():
    q = queue.PriorityQueue(); q.put((1, 'a')); q.put((1, 'b')); q.put((0, 'z')); return [q.get() for _ in range(3)]
t(pq)
def pqbad():
    q = queue.PriorityQueue(); q.put((1, {})); q.put((1, {}))
t(pqbad)
t(lambda: threading.Event().wait(timeout=0))
t(lambda: threading.Timer(0, lambda: 0).interval)
t(lambda: threading.get_ident() == _thread.get_ident())
t(lambda: type(threading.get_native_id()).__name__)
t(lambda: threading.current_thread().daemon)
def daemon_change():
    th = threading.Thread(target=lambda: 0); th.start(); th.daemon = True
t(daemon_change)
def bar_abort():
    b = threading.Barrier(2); b.abort(); b.wait()
t(bar_abort)
def bar_timeout():
    b = threading.Barrier(2, timeout=0.01); b.wait()
t(bar_timeout)
def sem_timeout():
    s = threading.Semaphore(0); return s.acquire(timeout=0.01), s.acquire(blocking=False)
t(sem_timeout)
def cond_timeout():
    c = threading.Condition()
    with c: return c.wait(0.01), c.wait_for(lambda: False, timeout=0.01)
t(cond_timeout)
def lock_ctx_exc():
    l = threading.Lock()
    try:
        with l: raise KeyError('x')
    except KeyError: pass
    return l.locked()
t(lock_ctx_exc)
def rlock_owner():
    r = threading.RLock(); r.acquire(); r.acquire(); r.release(); out = []
    def other():
        out.append(r.acquire(blocking=False))
    th = threading.Thread(target=other); th.start(); th.join(); r.release(); return out
t(rlock_owner)
def lock_other_release():
    l = threading.Lock(); l.acquire()
    th = threading.Thread(target=l.release); th.start(); th.join(); return l.locked()
t(lock_other_release)
def rlock_other_release():
    r = threading.RLock(); r.acquire(); err = []
    def rel():
        try: r.release()
        except RuntimeError as e: err.append(str(e))
    th = threading.Thread(target=rel); th.start(); th.join(); r.release(); return err
t(rlock_other_release)
def thread_result():
    results = {}
    def w(i): results[i] = i * i
    ths = [threading.Thread(target=w, args=(i,), kwargs={}) for i in range(10)]
    [x.start() for x in ths]; [x.join() for x in ths]
    return sorted(results.items())
t(thread_result)
def sq_timeouts():
    q = queue.SimpleQueue()
    try: q.get(timeout=0.01)
    except queue.Empty: return 'empty'
t(sq_timeouts)
def q_join_unfinished():
    q = queue.Queue(); q.put(1); q.get(); q.task_done(); q.join(); return q.unfinished_tasks
t(q_join_unfinished)
def excepthook():
    got = []
    old = threading.excepthook
    threading.excepthook = lambda args: got.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
    th = threading.Thread(target=lambda: 1/0, name='Z'); th.start(); th.join()
    threading.excepthook = old
    return got
t(excepthook)
def sysexit_in_thread():
    import sys
    th = threading.Thread(target=sys.exit, args=(3,)); th.start(); th.join(); return 'fine'
t(sysexit_in_thread)
t(lambda: threading.Thread(name=5).name)
t(lambda: threading.Thread(target=print, daemon=True).daemon)
t(lambda: threading.local().x)
t(lambda: threading.TIMEOUT_MAX > 0)
t(lambda: threading.stack_size())
