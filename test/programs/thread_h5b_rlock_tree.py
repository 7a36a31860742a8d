# RLock-protected recursive structure: a tree whose methods re-enter the same lock.
import threading


class Tree:
    def __init__(self):
        self.lock = threading.RLock()
        self.children = {}
        self.value = 0

    def child(self, key):
        with self.lock:
            if key not in self.children:
                self.children[key] = Tree()
            return self.children[key]

    def add(self, path, amount):
        with self.lock:
            if not path:
                self.value += amount
                return
            self.child(path[0]).add(path[1:], amount)

    def total(self):
        with self.lock:
            return self.value + sum(c.total() for c in self.children.values())

    def dump(self, depth=0, name="root"):
        with self.lock:
            lines = ["  " * depth + "%s=%d" % (name, self.value)]
            for k in sorted(self.children):
                lines.extend(self.children[k].dump(depth + 1, k))
            return lines


root = Tree()


def worker(n):
    for i in range(200):
        path = ("abc"[i % 3], "xy"[(i + n) % 2])[: 1 + (i % 2)]
        root.add(path, 1)
        root.add((), 1)


ts = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("\n".join(root.dump()))
print("total", root.total())

r = threading.RLock()
r.acquire()
r.acquire()
print("owned twice:", "count=2" in repr(r))
r.release()
r.release()
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# another thread cannot release an RLock it does not own
r.acquire()
res = []
def other():
    try:
        r.release()
    except RuntimeError as e:
        res.append(str(e))
    res.append(r.acquire(blocking=False))
t = threading.Thread(target=other)
t.start()
t.join()
r.release()
print(res)
print("free:", r.acquire(timeout=0.1))
r.release()
