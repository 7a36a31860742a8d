# gilvm-nogil: --workers 2
"""Resources handed between threads and released by whoever drops the last reference:
a log file opened by the main thread, written by a worker and closed by `del` (its text
must be on disk right after); cache entries with __del__ evicted from a dict by worker
threads; weak references that must be dead right after the worker that dropped the
object was joined; a generator suspended in one thread and abandoned in another (its
finally block runs). Every check runs after join(), so the output does not depend on
which thread runs a finalizer."""
import gc
import os
import threading
import weakref

PATH = "h48_del_handoff.tmp"
closed = []


class Resource:
    live = 0
    lock = threading.Lock()

    def __init__(self, key, size):
        self.key = key
        self.size = size
        with Resource.lock:
            Resource.live += 1

    def __del__(self):
        with Resource.lock:
            Resource.live -= 1
        closed.append(self.key)


class Cache:
    def __init__(self):
        self.entries = {}
        self.lock = threading.Lock()

    def put(self, key, size):
        with self.lock:
            self.entries[key] = Resource(key, size)

    def evict(self, predicate):
        with self.lock:
            doomed = [k for k in self.entries if predicate(k)]
            for k in doomed:
                del self.entries[k]
        return len(doomed)


# 1. a file handed to a worker, dropped by the main thread
f = open(PATH, "w")


def write_lines(fh, n):
    for i in range(n):
        fh.write(f"line {i}\n")


t = threading.Thread(target=write_lines, args=(f, 5))
t.start()
t.join()
del f
with open(PATH) as fh:
    print("file after del:", fh.read().splitlines())

# 2. evictions by several workers, one after another
cache = Cache()
for i in range(20):
    cache.put(f"k{i:02d}", i * 10)
print("live:", Resource.live)
counts = []
for rule in (lambda k: k.endswith("0"), lambda k: int(k[1:]) % 3 == 0, lambda k: k < "k05"):
    w = threading.Thread(target=lambda r=rule: counts.append(cache.evict(r)))
    w.start()
    w.join()
    print("evicted", counts[-1], "live now:", Resource.live, "in cache:", len(cache.entries))
print("closed:", sorted(closed))

# 3. weak references die when a worker drops the last strong reference
class Node:
    pass


nodes = [Node() for _ in range(4)]
refs = [weakref.ref(n) for n in nodes]
callbacks = []
extra = Node()
wextra = weakref.ref(extra, lambda r: callbacks.append("extra died"))
box = {"extra": extra, "nodes": nodes}
del extra, nodes


def clear_box():
    box.clear()


w = threading.Thread(target=clear_box)
w.start()
w.join()
print("weakrefs dead:", [r() is None for r in refs], wextra() is None, callbacks)

# 4. a generator started in one thread, abandoned by another
events = []


def reader(name):
    try:
        for i in range(10):
            yield f"{name}:{i}"
    finally:
        events.append(f"{name} closed")


gens = {}


def start_reading():
    g = reader("feed")
    events.append(next(g))
    events.append(next(g))
    gens["feed"] = g


def abandon():
    gens.pop("feed")


for fn in (start_reading, abandon):
    th = threading.Thread(target=fn)
    th.start()
    th.join()
print("generator events:", events)

# 5. a value replaced in a shared dict while the other threads wait
slots = {"current": Resource("first", 1)}
swapped = threading.Event()


def swap():
    slots["current"] = Resource("second", 2)
    swapped.set()


th = threading.Thread(target=swap)
th.start()
swapped.wait()
th.join()
print("after swap:", slots["current"].key, "closed first:", "first" in closed)
slots.clear()
print("live before drain:", Resource.live)
drainer = threading.Thread(target=cache.entries.clear)
drainer.start()
drainer.join()
print("live at end:", Resource.live, "gc:", gc.collect() >= 0)
os.remove(PATH)
print("tmp removed:", not os.path.exists(PATH))
