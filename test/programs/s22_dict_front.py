# Taking items from the front of a dict (a FIFO of `del d[next(iter(d))]`,
# OrderedDict.popitem(last=False), an LRU cache) starts iteration at the first live entry
# (objects/dict.ts K_FIRST) instead of rescanning the deleted ones: order and contents as
# CPython's through deletions, re-insertions and resizes.
from collections import OrderedDict

d = {i: i * i for i in range(20000)}
taken = []
while len(d) > 5:
    k = next(iter(d))
    taken.append(d.pop(k))
print(len(taken), taken[:3], taken[-2:], list(d))
d[0] = 'back'
d[19997] = 'moved?'
print(list(d.items()))
del d[19996]
print(list(d), next(iter(d)))
for k in list(d):
    del d[k]
print(d, len(d))
d['x'] = 1
print(d, list(d.values()))

od = OrderedDict((i, str(i)) for i in range(30000))
first = [od.popitem(last=False) for _ in range(29990)]
print(first[:2], first[-1], list(od.items())[:3], len(od))
od.move_to_end(29995, last=False)
print(list(od))


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)


cache = LRU(100)
hits = 0
for i in range(20000):
    key = (i * 7919) % 250
    if cache.get(key) is not None:
        hits += 1
    else:
        cache.put(key, i)
print(hits, list(cache.data)[:5], len(cache.data))
s = set(range(1000))
for i in range(990):
    s.discard(i)
print(sorted(s), len(s))
