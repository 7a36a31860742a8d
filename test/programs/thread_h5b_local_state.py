# threading.local: each thread sees its own attributes; subclass __init__ runs per thread.
import threading

data = threading.local()
data.name = "main"
results = {}
lock = threading.Lock()


class Ctx(threading.local):
    inits = 0

    def __init__(self, base):
        with lock:
            Ctx.inits += 1
        self.base = base
        self.stack = []

    def push(self, x):
        self.stack.append(self.base + x)


ctx = Ctx(100)


def worker(n):
    print_has = hasattr(data, "name")
    data.name = "worker-%d" % n
    for i in range(n + 1):
        ctx.push(i)
    with lock:
        results[n] = (print_has, data.name, list(ctx.stack), ctx.base)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in sorted(results):
    print(k, results[k])
print("main still:", data.name, ctx.stack, "inits:", Ctx.inits)
try:
    data.missing
except AttributeError as e:
    print("AttributeError:", e)
del data.name
print(hasattr(data, "name"))
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
