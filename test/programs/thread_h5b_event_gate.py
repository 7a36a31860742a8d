# Event-driven start gate: every worker waits on one Event, then races to a locked counter.
import threading

start = threading.Event()
ready = threading.Semaphore(0)
counter = 0
lock = threading.Lock()
order_ok = []


def racer(n):
    global counter
    ready.release()
    ok = start.wait(10)
    for _ in range(1000):
        with lock:
            counter += 1
    with lock:
        order_ok.append((n, ok))


ts = [threading.Thread(target=racer, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for _ in ts:
    ready.acquire()
print("all ready; counter before gate:", counter, "is_set:", start.is_set())
start.set()
for t in ts:
    t.join()
print("counter:", counter)
print(sorted(order_ok))
print("wait on set event:", start.wait(), start.wait(0))
start.clear()
print("after clear:", start.is_set(), start.wait(0.01))

# an event toggled by a stopper thread: a loop that runs until told to stop
stop = threading.Event()
ticks = []
def ticker():
    i = 0
    while not stop.is_set():
        i += 1
        if i == 50:
            stopper_go.set()
        stop.wait(0.001)
    ticks.append(i >= 50)
stopper_go = threading.Event()
t = threading.Thread(target=ticker)
t.start()
stopper_go.wait()
stop.set()
t.join()
print("ticker stopped after >=50 ticks:", ticks)
print(repr(start).startswith("<threading.Event at"), "unset" in repr(start) or "set" in repr(start))
