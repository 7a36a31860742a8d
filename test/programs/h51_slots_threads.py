# gilvm-nogil: --workers 2
# Threads storing to and reading the __slots__ of shared objects: every store replaces one
# value and releases it exactly once; the final state is checked deterministically.
import threading


class Cell:
    __slots__ = ("value", "owner", "__weakref__")

    def __init__(self):
        self.value = None
        self.owner = None


class Counter:
    __slots__ = ("n", "lock")

    def __init__(self):
        self.n = 0
        self.lock = threading.Lock()


class Payload:
    def __init__(self, tag, i):
        self.tag = tag
        self.items = [tag, i, (tag, i)]


cells = [Cell() for _ in range(4)]
counter = Counter()
seen_ok = []
ROUNDS = 300


def worker(tag):
    bad = 0
    for i in range(ROUNDS):
        c = cells[i % len(cells)]
        c.value = Payload(tag, i)          # replaces (and releases) another thread's value
        c.owner = tag
        v = c.value                         # whatever is there is a whole, live Payload
        if not (isinstance(v, Payload) and len(v.items) == 3 and v.items[2] == (v.tag, v.items[1])):
            bad += 1
        if i % 7 == 0:
            try:
                del c.owner
            except AttributeError:
                pass                        # another thread deleted it first
        with counter.lock:
            counter.n += 1
    seen_ok.append((tag, bad))


threads = [threading.Thread(target=worker, args=(t,)) for t in "abcd"]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(sorted(seen_ok))
print(counter.n == 4 * ROUNDS, counter.n)
for c in cells:
    v = c.value
    print(type(v).__name__, v.tag in "abcd", v.items[1] % len(cells) == cells.index(c))


# each thread owns one object: its final values are its own
class Slot3:
    __slots__ = ("a", "b", "c")


mine = [Slot3() for _ in range(3)]


def own(k):
    o = mine[k]
    for i in range(200):
        o.a = i
        o.b = [i] * 3
        o.c = str(i)
        if i % 2:
            del o.b
    o.b = k


ts = [threading.Thread(target=own, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([(o.a, o.b, o.c) for o in mine])
