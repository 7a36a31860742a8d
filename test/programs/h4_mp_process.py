# gilvm-nogil: --workers 2
# multiprocessing.Process from _test_multiprocessing.py: exitcode, name, is_alive, join, start twice, current_process, Queue, Lock, Value/Array, Event, Pipe.
import multiprocessing as mp
import sys

def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

def exits(code):
    sys.exit(code)

def raises():
    raise ValueError('child failed')

def report(q, tag):
    q.put((tag, mp.current_process().name, mp.parent_process() is not None))

def add(v, arr, lock, n):
    for _ in range(n):
        with lock:
            v.value += 1
    with arr.get_lock():
        for i in range(len(arr)):
            arr[i] += i

def waiter(ev, q):
    q.put(ev.wait(10))

def piper(conn):
    conn.send(conn.recv() * 2)
    conn.close()

if __name__ == '__main__':
    t('main name', lambda: mp.current_process().name)
    t('main parent', lambda: mp.parent_process())
    p = mp.Process(target=exits, args=(0,))
    t('exitcode before', lambda: p.exitcode)
    t('alive before', p.is_alive)
    t('join before start', p.join)
    t('name', lambda: p.name.startswith('Process-'))
    p.start()
    t('start twice', p.start)
    p.join()
    t('exitcode 0', lambda: p.exitcode)
    t('alive after', p.is_alive)
    t('pid int', lambda: isinstance(p.pid, int))
    for code, want in [(3, 3), ('msg', 1)]:
        c = mp.Process(target=exits, args=(code,)); c.start(); c.join()
        t('exit %r' % (code,), lambda: c.exitcode == want)
    c = mp.Process(target=raises); c.start(); c.join()
    t('raised exitcode', lambda: c.exitcode)
    c = mp.Process(target=print, args=('child prints', 1), kwargs={'sep': '-'}, name='printer')
    t('custom name', lambda: c.name)
    t('daemon default', lambda: mp.Process().daemon)
    d = mp.Process(target=exits, args=(0,), daemon=True)
    t('daemon kw', lambda: d.daemon)
    t('daemon after start', lambda: setattr(d, 'daemon', False))

    q = mp.Queue()
    ps = [mp.Process(target=report, args=(q, i), name='worker-%d' % i) for i in range(2)]
    for p in ps: p.start()
    res = sorted(q.get(timeout=10) for _ in ps)
    for p in ps: p.join()
    t('reports', lambda: res)
    t('queue empty', lambda: q.empty())
    t('queue get timeout', lambda: q.get(timeout=0.01))
    t('queue get_nowait', lambda: q.get_nowait())

    v = mp.Value('i', 0)
    arr = mp.Array('d', [0.0, 0.0, 0.0])
    lock = mp.Lock()
    ps = [mp.Process(target=add, args=(v, arr, lock, 25)) for _ in range(2)]
    for p in ps: p.start()
    for p in ps: p.join()
    t('value', lambda: v.value)
    t('array', lambda: arr[:])
    t('array len', lambda: len(arr))
    t('value typecode', lambda: mp.Value('d', 1.5).value)
    t('raw array', lambda: list(mp.RawArray('i', 3)))
    t('array from size', lambda: mp.Array('i', 4)[:])

    ev = mp.Event()
    q2 = mp.Queue()
    w = mp.Process(target=waiter, args=(ev, q2)); w.start()
    ev.set()
    t('event through process', lambda: q2.get(timeout=10))
    w.join()
    t('event is_set', ev.is_set)

    a, b = mp.Pipe()
    pp = mp.Process(target=piper, args=(b,)); pp.start()
    a.send(21)
    t('pipe', lambda: a.recv())
    pp.join()

    lk = mp.Lock()
    t('lock acquire', lk.acquire)
    t('lock nb', lambda: lk.acquire(False))
    t('lock release', lk.release)
    t('lock release twice', lk.release)
    rl = mp.RLock()
    t('rlock', lambda: (rl.acquire(), rl.acquire(), rl.release(), rl.release()))
    t('rlock release unowned', rl.release)
    sem = mp.BoundedSemaphore(1)
    t('bsem', lambda: (sem.acquire(), sem.release()))
    t('bsem over', sem.release)
    t('active_children', lambda: mp.active_children())
    t('cpu_count int', lambda: mp.cpu_count() >= 1)
