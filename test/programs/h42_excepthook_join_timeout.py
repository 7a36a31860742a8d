# gilvm-nogil: --workers 2
# threading.excepthook, join timeouts and daemon threads in one lesson.
import threading
import time

caught = []

def my_hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))

def bad_worker(n):
    if n % 2:
        raise ValueError(f"odd input {n}")
    return n

old = threading.excepthook
threading.excepthook = my_hook
ts = [threading.Thread(target=bad_worker, args=(i,), name=f"w{i}") for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
threading.excepthook = old
print("caught:", sorted(caught))
print("default hook restored:", threading.excepthook is threading.__excepthook__)

# join(timeout) returns None even when the thread is still running
stop = threading.Event()
slow = threading.Thread(target=stop.wait, args=(5,), name="slow")
slow.start()
t0 = time.monotonic()
r = slow.join(timeout=0.05)
waited = time.monotonic() - t0
print("join returned:", r, "still alive:", slow.is_alive(), "waited >= 0.04:", waited >= 0.04)
stop.set()
slow.join()
print("alive after set:", slow.is_alive())

# A daemon thread does not keep the program alive
def forever():
    while True:
        time.sleep(0.01)
d = threading.Thread(target=forever, daemon=True, name="daemon-loop")
d.start()
print("daemon:", d.daemon, d.is_alive())
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# An uncaught exception with the default hook goes to stderr; the program continues.
def crash():
    raise KeyError("missing")
c = threading.Thread(target=crash, name="crasher")
c.start()
c.join()
print("main continues after thread crash")
