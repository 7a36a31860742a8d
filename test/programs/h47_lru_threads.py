# gilvm-nogil: --workers 2
"""A thread-safe LRU/TTL cache built on OrderedDict, hammered by worker threads."""
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor, as_completed
import functools


class CacheStats:
    __slots__ = ("hits", "misses", "evictions")

    def __init__(self):
        self.hits = self.misses = self.evictions = 0

    def __repr__(self):
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"CacheStats(hits={self.hits}, misses={self.misses}, evictions={self.evictions}, ratio={ratio:.1%})"


class LRUCache:
    _MISSING = object()

    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self._data = OrderedDict()
        self._lock = threading.RLock()
        self.stats = CacheStats()

    def get(self, key, default=None):
        with self._lock:
            value = self._data.get(key, self._MISSING)
            if value is self._MISSING:
                self.stats.misses += 1
                return default
            self._data.move_to_end(key)
            self.stats.hits += 1
            return value

    def put(self, key, value):
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
            self._data[key] = value
            while len(self._data) > self.capacity:
                self._data.popitem(last=False)
                self.stats.evictions += 1

    def get_or_compute(self, key, fn):
        with self._lock:
            v = self.get(key, self._MISSING)
            if v is self._MISSING:
                v = fn(key)
                self.put(key, v)
            return v

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        with self._lock:
            return iter(list(self._data))

    def __repr__(self):
        return f"LRUCache({self.capacity}, {list(self._data.items())})"


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c.get("a"), c.get("zz", "none"))
c.put("d", 4)
print(c, "b" in c, len(c), list(c))
c.put("c", 30)
c.put("e", 5)
print(c, c.stats)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


shared = LRUCache(64)
calls = []
calls_lock = threading.Lock()


def slow_collatz(n):
    with calls_lock:
        calls.append(n)
    return collatz_len(n)


def worker(seed):
    out = []
    for i in range(40):
        key = (seed * 7 + i * 13) % 50 + 1
        out.append((key, shared.get_or_compute(key, slow_collatz)))
    return seed, out


with ThreadPoolExecutor(max_workers=4) as pool:
    futures = [pool.submit(worker, s) for s in range(6)]
    results = dict(f.result() for f in as_completed(futures))

ok = all(v == collatz_len(k) for out in results.values() for k, v in out)
print("all values right:", ok, "computed once each:", len(calls) == len(set(calls)), len(set(calls)))
print("len:", len(shared), "hits+misses:", shared.stats.hits + shared.stats.misses)
print(sorted(results)[:3], results[0][:4])


@functools.lru_cache(maxsize=32)
def binom(n, k):
    if k in (0, n):
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)


with ThreadPoolExecutor(max_workers=3) as pool:
    rows = list(pool.map(lambda n: [binom(n, k) for k in range(n + 1)], range(12)))
print(rows[11], sum(map(sum, rows)))
info = binom.cache_info()
print(info.maxsize, info.currsize <= 32, type(info).__name__)

with ThreadPoolExecutor(2) as pool:
    fut = pool.submit(lambda: {}["nokey"])
    try:
        fut.result()
    except KeyError as e:
        print("future raised KeyError", e, fut.done(), type(fut.exception()).__name__)
    f2 = pool.submit(pow, 2, 100)
    seen = []
    f2.add_done_callback(lambda f: seen.append(f.result() % 1000))
    print(f2.result())
print("callback saw", seen)


# lru_cache keeps maxsize as CPython's C wrapper does (an index-sized int)
@functools.lru_cache(maxsize=True)
def ident(x):
    return x


print([ident(i % 2) for i in range(4)], ident.cache_info())
try:
    functools.lru_cache(maxsize=2**70)(ident)
except OverflowError as e:
    print("OverflowError:", e)
