# threading.local: per-thread attributes, a subclass's __init__ rerun in each thread,
# class attributes shadowed per thread, messages.
import threading

data = threading.local()
data.x = 'main'
out = []
def worker(i):
    out.append(hasattr(data, 'x'))
    data.x = i
    out.append(data.x)
    try:
        data.y
    except AttributeError as e:
        out.append(str(e))
t = threading.Thread(target=worker, args=(5,))
t.start(); t.join()
print(out, data.x)

class Counter(threading.local):
    initialized = False
    created = 0
    def __init__(self, start=0):
        Counter.created += 1
        self.value = start
    def bump(self):
        self.value += 1
        self.initialized = True
        return self.value

c = Counter(10)
c.bump()
results = []
def use():
    results.append((c.initialized, c.value))
    results.append(c.bump())
    results.append(c.initialized)
threads = [threading.Thread(target=use) for _ in range(3)]
for t in threads:
    t.start()
    t.join()
print(results, c.value, c.initialized, Counter.created)

class Named(threading.local):
    @property
    def label(self):
        return 'label-' + str(self.n)
    def __init__(self):
        self.n = 1
n = Named()
print(n.label)
try:
    n.missing
except AttributeError as e:
    print(e)
del data.x
for bad in (lambda: data.x, lambda: delattr(data, 'zz'), lambda: threading.local(1)):
    try:
        bad()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
data.a = 1
data.b = 2
print(sorted(data.__dict__.items()))
