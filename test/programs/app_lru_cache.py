# A hand-written LRU cache relying on dict insertion order, used as a decorator on a
# recursive function; hit/miss statistics; eviction order printed.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = self.misses = 0
        self.evicted = []

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value          # move to the most recent position
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
            self.evicted.append(oldest)
        self.data[key] = value

    def __repr__(self):
        return f"LRUCache({list(self.data)})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
cache.get("a")
cache.put("d", "D")
cache.get("b")
cache.put("e", "E")
print(cache, cache.evicted, cache.hits, cache.misses)


def memoize(capacity):
    def decorator(func):
        store = LRUCache(capacity)
        missing = object()

        def wrapper(*args):
            value = store.get(args, missing)
            if value is missing:
                value = func(*args)
                store.put(args, value)
            return value
        wrapper.store = store
        return wrapper
    return decorator


@memoize(capacity=2000)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


print(partitions(40, 40), partitions.store.hits > 0, len(partitions.store.data) <= 2000)


@memoize(capacity=2)
def slow_square(x):
    print("  computing", x)
    return x * x


for x in [2, 3, 2, 4, 3, 2]:
    print(x, slow_square(x))
print(slow_square.store.evicted)
