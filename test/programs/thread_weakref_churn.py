# Threads making and dropping weakly referenced objects at the same time (the weak
# reference registry is shared): every callback runs once, every cache entry goes.
# (Without the GIL an object dropped by a thread on another executor than the one it was
# made on dies a little later, so the weak references are kept alive until the end and
# gc.collect() settles the counts before they are printed.)
import gc
import threading
import weakref


class Item:
    def __init__(self, n):
        self.n = n


cache = weakref.WeakValueDictionary()
calls = []
calls_lock = threading.Lock()


def on_death(wr):
    with calls_lock:
        calls.append(1)


def worker(k):
    keep = []
    refs = []
    for i in range(2000):
        item = Item(i)
        cache[(k, i)] = item
        refs.append(weakref.ref(item, on_death))
        if i % 10 == 0:
            keep.append(item)
        del item
    for item in keep:
        assert refs[item.n]() is item
    kept[k] = keep
    all_refs.append(refs)


kept = {}
all_refs = []
threads = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()
print("survivors per thread:", [sum(1 for (kk, i) in list(cache.keys()) if kk == k) for k in range(4)])
print("callbacks so far:", len(calls))
kept.clear()
gc.collect()
print("callbacks:", len(calls), "cache left:", len(cache))
