# gilvm: --workers 1 --switch-interval 100
# More of threading and queue: thread names, current_thread inside a thread, Timer,
# Barrier with an action, BoundedSemaphore, a custom excepthook, Condition with an RLock
# and notify(n), queue put/get with timeouts, SimpleQueue. Printed lines do not depend
# on scheduling.
import queue
import threading
import time

names = []
names_lock = threading.Lock()


def record_name():
    with names_lock:
        names.append(threading.current_thread().name)


def helper():
    record_name()


ts = [threading.Thread(target=helper) for _ in range(2)] + [threading.Thread(target=record_name, name="custom")]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(names))
print(threading.current_thread().name, threading.main_thread().name, len(threading.enumerate()))

fired = []
timer = threading.Timer(0.01, fired.append, args=("timer fired",))
timer.start()
timer.join()
cancelled = threading.Timer(10, fired.append, args=("never",))
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append("all arrived"))
indexes = []
idx_lock = threading.Lock()


def arrive():
    i = barrier.wait()
    with idx_lock:
        indexes.append(i)


ts = [threading.Thread(target=arrive) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(actions, sorted(indexes), barrier.parties, barrier.n_waiting, barrier.broken)

bsem = threading.BoundedSemaphore(2)
print(bsem.acquire(), bsem.acquire(), bsem.acquire(blocking=False))
bsem.release()
bsem.release()
try:
    bsem.release()
except ValueError as e:
    print("ValueError:", e)

hooked = []


def my_hook(args):
    hooked.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


threading.excepthook = my_hook


def fail():
    raise KeyError("missing")


t = threading.Thread(target=fail, name="failing")
t.start()
t.join()
threading.excepthook = threading.__excepthook__
print(hooked)

cond = threading.Condition(threading.RLock())
woken = []


def sleeper(k):
    with cond:
        with cond:
            cond.wait()
            woken.append(k)


ts = [threading.Thread(target=sleeper, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
while True:
    with cond:
        if len(cond_waiters := [t for t in ts if t.is_alive()]) == 3:
            break
time.sleep(0.01)
with cond:
    cond.notify(2)
time.sleep(0.01)
with cond:
    cond.notify_all()
for t in ts:
    t.join()
print(sorted(woken))
with cond:
    print(cond.wait(timeout=0.01))

q = queue.Queue(maxsize=1)
q.put_nowait("a")
try:
    q.put("b", timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(q.get(timeout=1), q.qsize())
sq = queue.SimpleQueue()
for i in range(3):
    sq.put(i)
print([sq.get() for _ in range(3)], sq.empty())
try:
    queue.Queue().task_done()
except ValueError as e:
    print("ValueError:", e)
t = threading.Thread(target=lambda: None)
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(threading.get_ident()).__name__, type(threading.get_native_id()).__name__)
