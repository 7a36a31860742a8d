# Thread subclasses overriding run(), storing results on self.
import threading


class SumThread(threading.Thread):
    def __init__(self, lo, hi):
        super().__init__(name="sum-%d-%d" % (lo, hi))
        self.lo = lo
        self.hi = hi
        self.result = None

    def run(self):
        total = 0
        for i in range(self.lo, self.hi):
            total += i * i
        self.result = total


class Fib(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.value = None

    def run(self):
        if self.n < 2:
            self.value = self.n
            return
        a = Fib(self.n - 1)
        b = Fib(self.n - 2)
        a.start()
        b.start()
        a.join()
        b.join()
        self.value = a.value + b.value


ts = [SumThread(i * 1000, (i + 1) * 1000) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for t in ts:
    print(t.name, t.result)
print("sum:", sum(t.result for t in ts), sum(i * i for i in range(5000)))
f = Fib(7)
f.start()
f.join()
print("fib(7) by threads:", f.value)

class WithTarget(threading.Thread):
    def run(self):
        self.out = "custom"
        super().run()
calls = []
w = WithTarget(target=calls.append, args=("target",))
w.start()
w.join()
print(w.out, calls)
try:
    w.start()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.Thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)
