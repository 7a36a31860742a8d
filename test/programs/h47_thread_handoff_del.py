# gilvm-nogil: --workers 2
"""Objects built by worker threads and dropped elsewhere: finalizers and weakref callbacks
run when the last reference goes (checked after a join or a sleep, at a slice boundary)."""
import threading
import time
import weakref


class Tracked:
    live = 0
    log = []
    # re-entrant: without the GIL an object another thread dropped last is finalized by the
    # thread of the executor that owns it, at a safe point (free-threaded CPython's biased
    # counting queues it to its owner the same way), which may be inside this lock in
    # __init__: a plain Lock would deadlock that thread on itself
    lock = threading.RLock()

    def __init__(self, name, child=None):
        self.name = name
        self.child = child
        with Tracked.lock:
            Tracked.live += 1

    def __del__(self):
        with Tracked.lock:
            Tracked.live -= 1
            if not self.name.startswith("n"):
                Tracked.log.append(self.name)


def settle():
    time.sleep(0.002)


def run(target, *args):
    t = threading.Thread(target=target, args=args)
    t.start()
    t.join()


def report(label):
    settle()
    with Tracked.lock:
        print(f"{label:<34} live={Tracked.live:<4} freed={sorted(Tracked.log)}")
        Tracked.log.clear()


store = {}
report("start")

# 1. built in a thread, dropped by the main thread
run(lambda: store.__setitem__("batch", [Tracked(f"b{i}") for i in range(3)]))
report("built by worker")
del store["batch"]
report("dropped by main")

# 2. built by the main thread, dropped by a worker
store["mine"] = [Tracked("m0"), Tracked("m1")]
run(lambda: store.pop("mine"))
report("dropped by worker")

# 3. a linked chain built by one worker, walked and dropped by another
chain_box = []


def build_chain():
    head = None
    for i in range(300):
        head = Tracked(f"n{i}", head)
    chain_box.append(head)


def walk_chain(out):
    head = chain_box.pop()
    total = 0
    while head is not None:
        total += int(head.name[1:])
        head = head.child
    out.append(total)


run(build_chain)
report("chain built")
sums = []
run(walk_chain, sums)
report("chain walked and dropped")
print("chain sum:", sums)

# 4. a global rebound in the main thread to a worker's object
current = None


def make_current(name):
    global current
    current = Tracked(name)


run(make_current, "g1")
run(make_current, "g2")
report("global rebound by a worker")
current = None
report("global cleared by main")

# 5. weakref callbacks and finalize across threads
notes = []
objs = {}
run(lambda: objs.update(a=Tracked("w1"), b=Tracked("w2")))
refs = [weakref.ref(objs["a"], lambda r: notes.append("ref callback")),
        weakref.finalize(objs["b"], notes.append, "finalize ran")]
print("alive:", refs[0]() is objs["a"], refs[1].alive)
run(objs.clear)
report("weakly referenced dropped")
print("notes:", sorted(notes), "dead:", refs[0]() is None, not refs[1].alive)

# 6. a queue of results consumed and discarded by the main thread
import queue
q = queue.Queue()


def producer():
    for i in range(5):
        q.put(Tracked(f"q{i}"))
    q.put(None)


producing = threading.Thread(target=producer)
producing.start()
names = []
while (item := q.get()) is not None:
    names.append(item.name)
del item
producing.join()
report("queue drained")
print("received:", names)
