# gilvm-nogil: --workers 2 --max-heap 32m
# Threads making reference cycles while they run in parallel: without the GIL the cycle
# collector stops the world to collect them (automatically, and on gc.collect() called
# from a thread). About 70 MB of cyclic garbage goes through a 32 MB heap, so a collector
# that waited for the threads to end would exhaust it (MemoryError).
import gc
import threading


class Node:
    def __init__(self, payload):
        self.payload = payload
        self.partner = None


def make_cycles(count, size):
    made = 0
    for i in range(count):
        a = Node([i] * size)
        b = Node({"k": i, "pad": "x" * size})
        a.partner = b
        b.partner = a
        made += 1
    return made


results = [0] * 3


def worker(slot):
    results[slot] = make_cycles(20000, 50)


threads = [threading.Thread(target=worker, args=(k,)) for k in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("made", results)
print("leftover collected", gc.collect() >= 0)

# gc.collect() from a thread while another thread is alive (parked on an event): the
# garbage made with automatic collection off is all found.
gc.disable()
ready = threading.Event()
done = threading.Event()
answers = []


def sleeper():
    ready.set()
    done.wait()


def collector():
    ready.wait()
    for i in range(50):
        a = Node(i)
        b = Node(i)
        a.partner = b
        b.partner = a
    a = b = None
    answers.append(gc.collect())
    done.set()


s = threading.Thread(target=sleeper)
c = threading.Thread(target=collector)
s.start()
c.start()
c.join()
s.join()
gc.enable()
print("collected", answers)
print("after", gc.collect())

# A cycle dropped through a global while another thread runs: gc.collect() finds it (the
# old value of a dict entry, kept for lock-free readers until every executor passed a
# slice boundary, is released once the world is stopped, before the collection looks).
def spinner():
    n = 0
    for i in range(300000):
        n += i


gc.disable()
sp = threading.Thread(target=spinner)
sp.start()
node = Node(0)
node.partner = node
node = None
print("global cycle collected", gc.collect())
sp.join()
gc.enable()

# gc.collect() while another thread is inside a nested eval loop (sorted calling a Python
# key function): the collection waits for it or gives up, and nothing hangs.
sorted_first = []


def sorter():
    sorted_first.append(sorted(range(30000), key=lambda v: -v)[0])


def collect_while_sorting():
    for i in range(3):
        a = []
        a.append(a)
        a = None
        sorted_first.append(gc.collect() >= 0)


t1 = threading.Thread(target=sorter)
t2 = threading.Thread(target=collect_while_sorting)
t1.start()
t2.start()
t1.join()
t2.join()
print("sorted and collected", sorted(sorted_first, key=str))
