# gilvm-nogil: --workers 2
# threading.Barrier from lock_tests.py: wait indices, action, broken state, abort, reset, timeouts, action raising, n_waiting.
import threading
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

def run(n, fn):
    out = [None] * n
    def body(i):
        try: out[i] = fn(i)
        except BaseException as e: out[i] = type(e).__name__
    ths = [threading.Thread(target=body, args=(i,)) for i in range(n)]
    for th in ths: th.start()
    for th in ths: th.join()
    return out

b = threading.Barrier(3)
t('parties', lambda: b.parties)
t('n_waiting', lambda: b.n_waiting)
t('broken', lambda: b.broken)
for rnd in range(3):
    t('round %d indices' % rnd, lambda: sorted(run(3, lambda i: b.wait())))
t('after rounds broken', lambda: b.broken)

# the action runs once per round, in one of the threads
calls = []
b = threading.Barrier(4, action=lambda: calls.append(threading.current_thread().name != ''))
run(4, lambda i: b.wait())
run(4, lambda i: b.wait())
t('action calls', lambda: calls)

# an action that raises breaks the barrier: that thread gets the error, the others BrokenBarrierError
def bad():
    raise ZeroDivisionError('in action')
b = threading.Barrier(3, action=bad)
t('bad action', lambda: sorted(run(3, lambda i: b.wait())))
t('broken after bad', lambda: b.broken)
t('wait broken', lambda: b.wait())
b.reset()
t('reset unbroken', lambda: b.broken)

# abort wakes the waiters with BrokenBarrierError
b = threading.Barrier(3)
started = threading.Semaphore(0)
def waiter(i):
    started.release()
    return b.wait()
res = []
ths = [threading.Thread(target=lambda: res.append(run(1, waiter)[0])) for _ in range(2)]
for th in ths: th.start()
started.acquire(); started.acquire()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
t('n_waiting 2', lambda: b.n_waiting)
b.abort()
for th in ths: th.join()
t('abort results', lambda: res)
t('aborted broken', lambda: b.broken)
t('abort again', b.abort)
b.reset()
t('after reset', lambda: (b.broken, b.n_waiting))
t('usable after reset', lambda: sorted(run(3, lambda i: b.wait())))

# reset while threads wait: they get BrokenBarrierError, barrier usable afterwards
b = threading.Barrier(3)
res = []
ths = [threading.Thread(target=lambda: res.append(run(1, lambda i: b.wait())[0])) for _ in range(2)]
for th in ths: th.start()
while b.n_waiting < 2:
    threading.Event().wait(0.001)
b.reset()
for th in ths: th.join()
t('reset results', lambda: res)
t('reset not broken', lambda: b.broken)

# a wait timeout breaks the barrier for everyone
b = threading.Barrier(2)
t('timeout', lambda: b.wait(0.01))
t('timeout broke', lambda: b.broken)
b = threading.Barrier(2, timeout=0.01)
t('default timeout', lambda: b.wait())
t('default timeout broke', lambda: b.broken)

# one-party barrier and bad arguments
b = threading.Barrier(1)
t('one party', lambda: [b.wait() for _ in range(3)])
t('zero parties', lambda: threading.Barrier(0).parties)
t('negative parties', lambda: threading.Barrier(-2).parties)
t('str parties', lambda: threading.Barrier('x').n_waiting)
t('BrokenBarrierError mro', lambda: [c.__name__ for c in threading.BrokenBarrierError.__mro__])
t('raise it', lambda: (_ for _ in ()).throw(threading.BrokenBarrierError))
t('reprs', lambda: repr(threading.Barrier(2)).split(' at ')[0])
class MyBarrier(threading.Barrier):
    def __init__(self):
        super().__init__(2)
mb = MyBarrier()
t('subclass', lambda: sorted(run(2, lambda i: mb.wait())))
