# gilvm-nogil: --workers 2
# Condition from lock_tests.py: wait/notify without the lock, notify(n) counts, notify_all, wait_for with predicate and timeout, RLock-based conditions, custom locks.
import threading
def t(label, f):
    try: print(label, repr(f()))
    except BaseException as e: print(label, '!!', type(e).__name__, e)

c = threading.Condition()
t('wait unowned', c.wait)
t('wait unowned timeout', lambda: c.wait(0.01))
t('wait_for unowned false', lambda: c.wait_for(lambda: False, 0.01))
t('wait_for unowned true', lambda: c.wait_for(lambda: 'yes'))
t('notify unowned', c.notify)
t('notify_all unowned', c.notify_all)
t('release unowned', c.release)
t('acquire', c.acquire)
t('is_owned', c._is_owned)
t('wait 0', lambda: c.wait(0))
t('wait short', lambda: c.wait(0.01))
t('wait negative', lambda: c.wait(-1))
t('wait_for false', lambda: c.wait_for(lambda: 0, 0.01))
t('wait_for value', lambda: c.wait_for(lambda: [1], 0.01))
t('notify none waiting', lambda: c.notify(5))
t('notify negative', lambda: c.notify(-3))
t('wait str', lambda: c.wait('x'))
t('wait_for missing', lambda: c.wait_for())
t('wait_for pred raises', lambda: c.wait_for(lambda: 1 / 0))
t('release', c.release)
t('Condition(bad lock)', lambda: threading.Condition(5))
t('Condition(None)', lambda: threading.Condition(None)._is_owned())

# notify(n) wakes exactly n: waiters count themselves in under the lock
for lockf in (threading.Lock, threading.RLock):
    cond = threading.Condition(lockf())
    ready = [0]
    woken = []
    phase = [0]
    def waiter(i):
        with cond:
            ready[0] += 1
            cond.notify_all()
            while phase[0] == 0 or (phase[0] == 1 and len(woken) >= 2):
                cond.wait()
                if phase[0] == 1 and len(woken) < 2:
                    break
            woken.append(i)
            cond.notify_all()
    ths = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
    for th in ths: th.start()
    with cond:
        cond.wait_for(lambda: ready[0] == 5)
        phase[0] = 1
        cond.notify(2)
    with cond:
        cond.wait_for(lambda: len(woken) >= 2, 5)
        first = len(woken)
        phase[0] = 2
        cond.notify_all()
    for th in ths: th.join()
    print(lockf.__name__, 'first wave at least', first >= 2, 'all', sorted(woken))

# wait_for returns the predicate's last value, wakes on notify_all
cond = threading.Condition()
state = []
def producer():
    for i in range(5):
        with cond:
            state.append(i)
            cond.notify_all()
got = []
def consumer():
    with cond:
        got.append(cond.wait_for(lambda: len(state) == 5 and tuple(state)))
cs = [threading.Thread(target=consumer) for _ in range(3)]
for th in cs: th.start()
p = threading.Thread(target=producer); p.start(); p.join()
for th in cs: th.join()
print('wait_for results', got)

# wait with an RLock held recursively restores the recursion level
rc = threading.Condition(threading.RLock())
def notifier():
    with rc:
        rc.notify()
with rc:
    with rc:
        n = threading.Thread(target=notifier)
        n.start()
        print('rlock wait', rc.wait(5))
        n.join()
        print('owned after', rc._is_owned())
    print('owned outer', rc._is_owned())
print('owned none', rc._is_owned())

# a condition on a Lock: wait releases it for the notifier
lc = threading.Condition(threading.Lock())
flag = []
def setter():
    with lc:
        flag.append(1)
        lc.notify()
with lc:
    s = threading.Thread(target=setter); s.start()
    print('lock wait_for', lc.wait_for(lambda: flag, 5))
s.join()

# a subclass of Condition
class Counting(threading.Condition):
    def __init__(self):
        super().__init__()
        self.notified = 0
    def notify(self, n=1):
        self.notified += n
        super().notify(n)
cc = Counting()
with cc:
    cc.notify(); cc.notify(3); cc.notify_all()
print('subclass notified', cc.notified, isinstance(cc, threading.Condition))
