# threading.local attribute access: a plain local's values per thread, its __class__ and
# __dict__, a subclass whose property (a data descriptor) wins over the per-thread dict,
# deleting, and a missing attribute's error, in the main thread and in workers.
import threading

plain = threading.local()
plain.x = 1


class Counter(threading.local):
    def __init__(self, start):
        self.n = start

    @property
    def doubled(self):
        return self.n * 2

    @doubled.setter
    def doubled(self, v):
        self.n = v // 2


counter = Counter(10)
results = []
lock = threading.Lock()


def work(k):
    plain.x = k
    for _ in range(1000):
        plain.x = plain.x + 1
        counter.n += 1
    counter.doubled = counter.doubled + 4
    with lock:
        results.append((k, plain.x, counter.n, counter.doubled, sorted(plain.__dict__)))


threads = [threading.Thread(target=work, args=(i * 100,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for row in sorted(results):
    print(row)
print(plain.x, counter.n, plain.__class__.__name__, type(plain).__module__)
plain.__dict__["y"] = 5
print(plain.y, hasattr(plain, "z"))
del plain.x
try:
    plain.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    plain.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    del counter.missing
except AttributeError as e:
    print("AttributeError:", e)
