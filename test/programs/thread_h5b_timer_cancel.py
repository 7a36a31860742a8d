# Timer: a cancelled timer never fires; a running one fires once with its args.
import threading

fired = []
t1 = threading.Timer(5.0, fired.append, args=("late",))
t1.start()
t1.cancel()
t1.join()
print("cancelled fired:", fired, "alive:", t1.is_alive())

ev = threading.Event()
def cb(a, b=0):
    fired.append(a + b)
    ev.set()
t2 = threading.Timer(0.01, cb, args=(40,), kwargs={"b": 2})
t2.start()
ev.wait(5)
t2.join()
print("fired:", fired)
t2.cancel()
print("cancel after fire ok, finished:", t2.finished.is_set())

class Repeater(threading.Timer):
    def run(self):
        while not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)

count = []
def tick():
    count.append(1)
    if len(count) == 5:
        rep.cancel()
rep = Repeater(0.001, tick)
rep.start()
rep.join()
print("repeater ticks:", len(count))
print(isinstance(rep, threading.Thread), type(t1).__name__)
