# gilvm-nogil: --workers 2
"""A job scheduler built on threading.Timer: delayed jobs, cancellation before they fire,
a Timer subclass that repeats until stopped, an Event used as a start gate for a group of
workers, and Event.wait timeouts. Output depends only on what ran, not on when."""
import threading
import time

log = []
log_lock = threading.Lock()


def record(*item):
    with log_lock:
        log.append(item)


class Scheduler:
    def __init__(self):
        self.timers = {}
        self.lock = threading.Lock()
        self.fired = threading.Semaphore(0)

    def schedule(self, name, delay, fn, *args, **kwargs):
        def run():
            try:
                fn(*args, **kwargs)
            finally:
                with self.lock:
                    self.timers.pop(name, None)
                self.fired.release()
        t = threading.Timer(delay, run)
        t.name = f"timer-{name}"
        with self.lock:
            self.timers[name] = t
        t.start()
        return t

    def cancel(self, name):
        with self.lock:
            t = self.timers.pop(name, None)
        if t is None:
            return False
        t.cancel()
        t.join()
        return True

    def pending(self):
        with self.lock:
            return sorted(self.timers)


sched = Scheduler()
sched.schedule("a", 0.01, record, "job", "a")
sched.schedule("b", 0.02, record, "job", "b")
sched.schedule("never1", 30, record, "job", "never1")
sched.schedule("never2", 30, record, "job", "never2")
print("pending at start:", [n for n in sched.pending() if n.startswith("never")])
print("cancel never1:", sched.cancel("never1"))
print("cancel unknown:", sched.cancel("zzz"))
sched.fired.acquire()
sched.fired.acquire()
print("cancel never2:", sched.cancel("never2"))
print("pending after:", sched.pending())
print("jobs run:", sorted(x for x in log if x[0] == "job"))


class RepeatTimer(threading.Timer):
    """Calls function every `interval` seconds until cancel()."""

    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)


ticks = []
enough = threading.Event()


def tick(tag):
    ticks.append(tag)
    if len(ticks) >= 5:
        enough.set()


rt = RepeatTimer(0.002, tick, args=("t",))
rt.daemon = True
rt.start()
enough.wait(10)
rt.cancel()
rt.join()
print("repeat ticks >= 5:", len(ticks) >= 5, set(ticks), "alive:", rt.is_alive())
print("finished set:", rt.finished.is_set())

# a timer cancelled after it fired: cancel() is harmless
t = threading.Timer(0, record, args=("late", 1))
t.start()
t.join()
t.cancel()
print("fired then cancelled:", ("late", 1) in log, t.finished.is_set())

# start gate: workers line up, then all go at once
gate = threading.Event()
lined_up = threading.Barrier(4)
order = []


def racer(i):
    lined_up.wait()
    if not gate.wait(timeout=10):
        order.append(("timeout", i))
        return
    with log_lock:
        order.append(("go", i))


racers = [threading.Thread(target=racer, args=(i,)) for i in range(3)]
for r in racers:
    r.start()
lined_up.wait()
print("gate closed:", gate.is_set(), "wait(0.01):", gate.wait(0.01))
gate.set()
for r in racers:
    r.join()
print("racers:", sorted(order))
gate.clear()
print("after clear:", gate.is_set(), gate.wait(0))

# Timer argument checks and repr of states
t2 = threading.Timer(5, print)
print("timer is Thread:", isinstance(t2, threading.Thread), t2.interval, t2.args, t2.kwargs)
t2.cancel()
t2.start()
t2.join()
print("cancelled before start never runs:", t2.finished.is_set(), t2.is_alive())
