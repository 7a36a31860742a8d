# join timeouts: join(timeout) returns None, is_alive tells whether it finished.
import threading

release = threading.Event()

def slow():
    release.wait()

t = threading.Thread(target=slow, name="slow")
t.start()
r = t.join(0.01)
print("join returned:", r, "alive:", t.is_alive())
r = t.join(timeout=0)
print("join(0):", r, t.is_alive())
release.set()
t.join()
print("after release alive:", t.is_alive())
print("repr stopped:", "stopped" in repr(t))
t3 = threading.Thread(target=lambda: None)
print("initial repr:", "initial" in repr(t3))
try:
    t3.join(1)
except RuntimeError as e:
    print("RuntimeError:", e)
t3.start()
t3.join(-1)
t3.join()
print("negative timeout fine, alive:", t3.is_alive())
lk = threading.Lock()
lk.acquire()
print("lock timeout:", lk.acquire(timeout=0.01), lk.acquire(blocking=False), lk.locked())
try:
    lk.acquire(blocking=False, timeout=1)
except ValueError as e:
    print("ValueError:", e)
try:
    lk.acquire(timeout=-2)
except ValueError as e:
    print("ValueError:", e)
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
# acquire's blocking flag is a C int in 3.11: any int works, other types do not
for L in (threading.Lock, threading.RLock):
    for b in (2, True, 0, 1.5, None, "no", 2 ** 40):
        lk = L()
        try:
            print(L.__name__, repr(b), lk.acquire(b))
            lk.release()
        except (TypeError, OverflowError) as e:
            print(L.__name__, repr(b), type(e).__name__, e)
