# Blocking primitives inside natives that call back into Python, across 2-6 threads:
# a dict lookup whose __eq__ waits on an Event, __enter__/__exit__ that take a Semaphore
# and wait at a Barrier, a property getter waiting on a Condition, functools.reduce whose
# function joins threads, a class body that takes from a queue, an __iter__/__next__
# class driven by list() that blocks on a Lock handed between threads, and min(key=)
# with RLock re-entry. Output is independent of the order the threads ran in.
# (--no-gil: a thread waiting inside a nested call keeps its executor's JS stack and
# no-GIL mode starts no spare executors, hence 6 workers. The relay's pacer polls with
# time.sleep(0), which now ends the slice as CPython's lets the GIL go.)
import functools
import queue
import threading
import time


class SlowKey:
    """A key whose equality waits until a gate opens (dict lookup calls __eq__)."""

    gate = threading.Event()

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7  # every key collides: lookups compare with __eq__

    def __eq__(self, other):
        SlowKey.gate.wait()
        return isinstance(other, SlowKey) and self.name == other.name


SlowKey.gate.set()
table = {SlowKey(n): i for i, n in enumerate("abcde")}
table_hits = {}
SlowKey.gate.clear()


def look(name):
    table_hits[name] = table[SlowKey(name)]


lookers = [threading.Thread(target=look, args=(n,)) for n in "eca"]
for t in lookers:
    t.start()
time.sleep(0.01)
SlowKey.gate.set()
for t in lookers:
    t.join()
print("dict lookups:", sorted(table_hits.items()))

# __enter__ takes a semaphore (2 at a time), __exit__ waits at a barrier of 4
slots = threading.BoundedSemaphore(2)
barrier = threading.Barrier(4)
inside = []
peak = [0]
count_lock = threading.Lock()


class Slot:
    def __enter__(self):
        slots.acquire()
        with count_lock:
            inside.append(1)
            peak[0] = max(peak[0], len(inside))
        return self

    def __exit__(self, *exc):
        with count_lock:
            inside.pop()
        slots.release()
        barrier.wait()
        return False


def use_slot(i, out):
    with Slot():
        out.append(sum(x * i for x in range(100)))


outs = []
users = [threading.Thread(target=use_slot, args=(i, outs)) for i in range(4)]
for t in users:
    t.start()
for t in users:
    t.join()
print("slots:", sorted(outs), "peak <= 2:", peak[0] <= 2, "left inside:", len(inside))


# a property whose getter waits on a Condition until a producer filled the value
class Mailbox:
    def __init__(self):
        self.cond = threading.Condition()
        self._items = []

    @property
    def next_item(self):
        with self.cond:
            self.cond.wait_for(lambda: self._items)
            return self._items.pop(0)

    def post(self, x):
        with self.cond:
            self._items.append(x)
            self.cond.notify()


box = Mailbox()
got = []


def reader():
    got.extend(sorted(box.next_item for _ in range(5)))


r = threading.Thread(target=reader)
r.start()
for x in (5, 3, 9, 1, 7):
    box.post(x)
r.join()
print("mailbox:", got)


# functools.reduce whose function starts and joins threads
def step(acc, n):
    box = []
    t = threading.Thread(target=lambda: box.append(n * n))
    t.start()
    t.join()
    return acc + box[0]


print("reduce with joins:", functools.reduce(step, range(1, 8), 0))

# a class body that blocks on a queue fed by another thread
feed = queue.Queue(maxsize=1)
feeder = threading.Thread(target=lambda: [feed.put(c) for c in "xyz"])
feeder.start()


class Built:
    letters = "".join(feed.get() for _ in range(3))


feeder.join()
print("class body:", Built.letters)


# an iterator class whose __next__ waits for a lock handed over by another thread
class Relay:
    def __init__(self, n):
        self.n = n
        self.turn = threading.Lock()
        self.turn.acquire()
        self.values = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.turn.acquire()  # released by the pacer thread for every item
        self.n -= 1
        return self.values.pop(0)


relay = Relay(4)


def pacer():
    for v in "wxyz":
        relay.values.append(v)
        relay.turn.release()
        while relay.values:
            time.sleep(0)


p = threading.Thread(target=pacer)
p.start()
print("relay:", list(relay))
p.join()

# min(key=) re-entering an RLock held around the call, with a thread contending for it
rlock = threading.RLock()
seen = []


def contend():
    for _ in range(3):
        with rlock:
            seen.append("c")


def key(x):
    with rlock:
        return (x - 5) ** 2


c = threading.Thread(target=contend)
with rlock:
    c.start()
    best = min(range(10), key=key)
c.join()
print("min with rlock:", best, seen)
print("threads left:", threading.active_count())
