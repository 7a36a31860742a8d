# gilvm-nogil: --workers 2
"""Shared memoization and lazy structures hit from many threads: functools.lru_cache
(cache_info counts), a hand-written cache with a lock and double-checked computation,
itertools.count as a ticket dispenser, a shared generator guarded by a lock, and
class-level registries filled by threads (classes created inside threads)."""
import functools
import itertools
import threading


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@functools.lru_cache(maxsize=32)
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


class ComputeOnce:
    def __init__(self):
        self.lock = threading.Lock()
        self.values = {}
        self.computed = []

    def get(self, key):
        v = self.values.get(key)
        if v is not None:
            return v
        with self.lock:
            v = self.values.get(key)
            if v is None:
                v = sum(i * i for i in range(key))
                self.computed.append(key)
                self.values[key] = v
        return v


tickets = itertools.count(1)
ticket_log = []
ticket_lock = threading.Lock()
cache = ComputeOnce()


def squares():
    for i in range(1000):
        yield i * i


shared_gen = squares()
gen_lock = threading.Lock()
gen_taken = []


class Registry(type):
    pass


registry = {}
reg_lock = threading.Lock()


def make_plugin(name, factor):
    # a class built inside a thread, with methods and a class attribute
    cls = type(name, (object,), {
        "factor": factor,
        "apply": lambda self, x: x * self.factor,
        "__repr__": lambda self: f"<{type(self).__name__} x{self.factor}>",
    })
    with reg_lock:
        registry[name] = cls
    return cls


def worker(wid):
    local_sum = 0
    for n in range(1, 60):
        local_sum += fib(n % 40)
        local_sum += collatz_len(n + wid)
    for key in (10, 20, 30, 40, 10, 20):
        local_sum += cache.get(key)
    mine = []
    for _ in range(5):
        mine.append(next(tickets))
    with ticket_lock:
        ticket_log.extend(mine)
    got = []
    while True:
        with gen_lock:
            v = next(shared_gen, None)
        if v is None:
            break
        got.append(v)
    with gen_lock:
        gen_taken.extend(got)
    cls = make_plugin(f"Plugin{wid}", wid + 1)
    obj = cls()
    return local_sum, obj.apply(10), repr(obj)


results = {}
res_lock = threading.Lock()


def run(wid):
    r = worker(wid)
    with res_lock:
        results[wid] = r


threads = [threading.Thread(target=run, args=(w,)) for w in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

for w in sorted(results):
    print(w, results[w])
print("fib(39):", fib(39))
info = fib.cache_info()
print("fib cache size:", info.currsize, "maxsize:", info.maxsize)
ci = collatz_len.cache_info()
print("collatz currsize <= 32:", ci.currsize <= 32, ci.maxsize)
print("computed once each:", sorted(cache.computed))
print("tickets:", sorted(ticket_log) == list(range(1, 21)), next(tickets))
print("generator items:", len(gen_taken), sum(gen_taken) == sum(i * i for i in range(1000)))
print("registry:", sorted(registry), [registry[k]().apply(3) for k in sorted(registry)])
fib.cache_clear()
print("after clear:", fib.cache_info().currsize)
