# gilvm-nogil: --workers 2
"""A thread-safe LRU cache (OrderedDict + Lock) shared by 4 worker threads, with
hit/miss/eviction counters, a loader that can fail, and a final consistency check."""
import threading
from collections import OrderedDict


class LoadError(Exception):
    pass


class LRUCache:
    def __init__(self, capacity, loader):
        self.capacity = capacity
        self.loader = loader
        self.data = OrderedDict()
        self.lock = threading.Lock()
        self.hits = 0
        self.misses = 0
        self.evicted = []
        self.failures = 0

    def get(self, key):
        with self.lock:
            if key in self.data:
                self.data.move_to_end(key)
                self.hits += 1
                return self.data[key]
            self.misses += 1
        try:
            value = self.loader(key)
        except LoadError:
            with self.lock:
                self.failures += 1
            raise
        with self.lock:
            if key not in self.data:
                self.data[key] = value
                if len(self.data) > self.capacity:
                    old, _ = self.data.popitem(last=False)
                    self.evicted.append(old)
            else:
                self.data.move_to_end(key)
            return self.data[key]

    def snapshot(self):
        with self.lock:
            return list(self.data.items())


def loader(key):
    if key % 13 == 0:
        raise LoadError(f"cannot load {key}")
    return key * key


cache = LRUCache(8, loader)
results = {}
errors = {}
results_lock = threading.Lock()


def worker(wid):
    local_ok = 0
    local_err = []
    for i in range(200):
        key = (i * (wid + 3)) % 40
        try:
            value = cache.get(key)
            assert value == key * key, (key, value)
            local_ok += 1
        except LoadError as e:
            local_err.append(str(e))
    with results_lock:
        results[wid] = local_ok
        errors[wid] = sorted(set(local_err))


threads = [threading.Thread(target=worker, args=(w,), name=f"cache-{w}") for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total_ok = sum(results.values())
total_err = 800 - total_ok
print("ok per worker:", sorted(results.items()))
print("errors per worker:", {w: len(e) for w, e in sorted(errors.items())})
print("distinct errors:", sorted({e for es in errors.values() for e in es}))
print("lookups:", cache.hits + cache.misses == 800)
print("failures match:", cache.failures == total_err)
snap = cache.snapshot()
print("size:", len(snap), "capacity:", cache.capacity)
print("values consistent:", all(v == k * k for k, v in snap))
print("no failed keys cached:", all(k % 13 for k, _ in snap))
print("evictions + size == inserts:", len(cache.evicted) + len(snap) >= len(set(cache.evicted)))
print(type(cache.data).__name__, isinstance(cache.data, dict))

# single-threaded deterministic replay shows the LRU order
c2 = LRUCache(3, lambda k: k * 10)
for k in [1, 2, 3, 1, 4, 2, 5, 1]:
    c2.get(k)
print("replay:", c2.snapshot(), "evicted:", c2.evicted, "hits:", c2.hits, "misses:", c2.misses)
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
