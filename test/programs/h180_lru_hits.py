# gilvm-nogil:
# lru_cache hits of calls without keywords (one native step: key, lookup, recency, count):
# keys as _make_key makes them (an int or str alone, else the tuple; True is not 1's key
# type but equal), bounded eviction order, typed caches, keywords, unhashable arguments.
from functools import lru_cache
import threading


@lru_cache(maxsize=3)
def sq(x):
    return x + x


for v in [1, 2, 3, 1, 4, 2, 1, True, 1.0, "a", "a", (1,)]:
    sq(v)
print(sq.cache_info())


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(200), fib.cache_info())


@lru_cache(maxsize=2, typed=True)
def t(x, y=0):
    return (type(x).__name__, x, y)


print([t(1), t(1.0), t(True), t(1), t(1, y=2), t(1, y=2), t(x=1)], t.cache_info())


@lru_cache(maxsize=4)
def pair(a, b):
    return a + b


print([pair(1, 2), pair(1, 2), pair(b=2, a=1), pair(2, 1), pair("x", "y")], pair.cache_info())
try:
    pair([1], [2])
except TypeError as e:
    print("TypeError:", e)
print(pair.cache_info())
pair.cache_clear()
print(pair.cache_info(), pair(1, 2), pair.cache_info())


@lru_cache(maxsize=64)
def work(k):
    return sum(range(k))


def worker(seed):
    for i in range(3000):
        work((i * seed) % 100)


threads = [threading.Thread(target=worker, args=(s,)) for s in (1, 3, 7)]
for th in threads:
    th.start()
for th in threads:
    th.join()
info = work.cache_info()
print(info.hits + info.misses, info.currsize <= 64)
