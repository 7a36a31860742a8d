# Exceptions captured in worker threads and re-raised in the main thread after join.
import threading


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.exc = None
        self.result = None

    def run(self):
        try:
            self.result = self.compute()
        except BaseException as e:
            self.exc = e

    def compute(self):
        if self.n == 0:
            raise ZeroDivisionError("n is zero")
        if self.n < 0:
            return {}["neg"]
        return 100 // self.n


ws = [Worker(n) for n in (5, 0, -1, 4)]
for w in ws:
    w.start()
for w in ws:
    w.join()
for w in ws:
    print(w.n, w.result, type(w.exc).__name__ if w.exc else None, w.exc)
errors = [w.exc for w in ws if w.exc]
try:
    raise RuntimeError("%d workers failed" % len(errors)) from errors[0]
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
print("traceback kept:", errors[0].__traceback__ is not None)

lock = threading.Lock()
def holds_then_fails():
    with lock:
        raise OSError(5, "io failure")
hooked = []
threading.excepthook = lambda a: hooked.append((a.exc_type.__name__, a.exc_value.errno, a.exc_value.strerror, a.exc_traceback is not None))
t = threading.Thread(target=holds_then_fails)
t.start()
t.join()
print(hooked, "lock released:", not lock.locked())
threading.excepthook = threading.__excepthook__
w = Worker(0)
w.start()
w.join()
raise w.exc
