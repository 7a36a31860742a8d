# gilvm-nogil:
# Condition.wait/wait_for/notify, Semaphore.acquire and Event.wait given a timeout or n of a wrong type:
# as threading.py, the lock check, the predicate and an available semaphore or set flag come first,
# and the value is used (with its TypeError) only when the call has to wait or notify
import threading, time
def tryit(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
c = threading.Condition()
tryit("wait str unowned", lambda: c.wait("x"))
tryit("wait_for true unowned", lambda: c.wait_for(lambda: True))
tryit("wait_for true str", lambda: c.wait_for(lambda: 5, "x"))
tryit("wait_for false unowned", lambda: c.wait_for(lambda: 0, 0.01))
tryit("wait_for false str unowned", lambda: c.wait_for(lambda: 0, "x"))
def owned(f):
    def g():
        with c: return f()
    return g
tryit("wait str owned", owned(lambda: c.wait("x")))
tryit("wait_for true str owned", owned(lambda: c.wait_for(lambda: [1], "x")))
tryit("wait_for false str owned", owned(lambda: c.wait_for(lambda: [], "x")))
tryit("notify str no waiters", owned(lambda: c.notify("x")))
tryit("notify float", owned(lambda: c.notify(1.5)))
tryit("notify None", owned(lambda: c.notify(None)))
tryit("notify unowned str", lambda: c.notify("x"))
def w():
    with c: c.wait(2)
t = threading.Thread(target=w); t.start()
while True:
    with c:
        if "1)>" in repr(c): break
    time.sleep(0.005)
tryit("notify str with waiter", owned(lambda: c.notify("x")))
tryit("notify None with waiter", owned(lambda: c.notify(None)))
tryit("notify 0.5 with waiter", owned(lambda: c.notify(0.5)))
t.join()
print("joined")
s = threading.Semaphore(1)
tryit("sem pos str", lambda: s.acquire(timeout="x"))
tryit("sem zero str", lambda: s.acquire(timeout="x"))
tryit("sem zero list", lambda: s.acquire(True, []))
tryit("sem nb str", lambda: s.acquire(False, "x"))
b = threading.BoundedSemaphore(1)
tryit("bsem pos str", lambda: b.acquire(timeout="x"))
tryit("bsem zero str", lambda: b.acquire(timeout="x"))
e = threading.Event()
tryit("ev unset str", lambda: e.wait("x"))
e.set()
tryit("ev set str", lambda: e.wait("x"))
tryit("ev set list", lambda: e.wait([]))
