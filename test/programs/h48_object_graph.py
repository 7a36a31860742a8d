# gilvm-nogil: --workers 2
"""Threads build and tear down object graphs with reference cycles (parent pointers,
doubly-linked lists, self-referencing dicts), some with __del__ finalizers and weakref
callbacks, while other threads call gc.collect(). Counts are exact: every finalizer runs
exactly once, every weakref dies, and nothing leaks."""
import gc
import threading
import weakref


class Node:
    finalized = 0
    lock = threading.Lock()

    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)

    def __del__(self):
        with Node.lock:
            Node.finalized += 1


class Plain:
    def __init__(self, tag):
        self.tag = tag
        self.me = self


def build_tree(prefix, depth, fanout):
    root = Node(prefix)
    level = [root]
    count = 1
    for d in range(depth):
        nxt = []
        for parent in level:
            for k in range(fanout):
                nxt.append(Node(f"{parent.name}.{k}", parent))
                count += 1
        level = nxt
    return root, count


def tree_size(node):
    return 1 + sum(tree_size(c) for c in node.children)


dead_refs = []
dead_lock = threading.Lock()


def on_dead(ref):
    with dead_lock:
        dead_refs.append(1)


built = []
built_lock = threading.Lock()
refs_by_thread = {}


def builder(tid, rounds):
    mine = []
    for r in range(rounds):
        root, count = build_tree(f"t{tid}r{r}", 3, 3)
        assert tree_size(root) == count
        mine.append(weakref.ref(root, on_dead))
        # a ring of Plain objects pointing at themselves and each other
        ring = [Plain(i) for i in range(5)]
        for a, b in zip(ring, ring[1:] + ring[:1]):
            a.next = b
        d = {}
        d["self"] = d
        with built_lock:
            built.append(count)
        del root, ring, d
    refs_by_thread[tid] = mine


def collector(n):
    total = 0
    for _ in range(n):
        total += gc.collect() >= 0
    return total


threads = [threading.Thread(target=builder, args=(i, 6)) for i in range(3)]
threads.append(threading.Thread(target=collector, args=(5,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
gc.collect()

per_tree = 1 + 3 + 9 + 27
print("trees built:", len(built), "nodes each:", set(built))
print("nodes finalized:", Node.finalized, "expected:", len(built) * per_tree)
print("weakrefs dead:", all(r() is None for refs in refs_by_thread.values() for r in refs))
print("callbacks run:", len(dead_refs))

# a graph built by one thread and torn down by another
handoff = []
ready = threading.Event()


def make():
    root, n = build_tree("shared", 2, 4)
    handoff.append(root)
    ready.set()


def drop():
    ready.wait()
    root = handoff.pop()
    print("received tree of", tree_size(root))
    root.children.clear()


before = Node.finalized
a = threading.Thread(target=make)
b = threading.Thread(target=drop)
b.start()
a.start()
a.join()
b.join()
gc.collect()
print("handoff finalized:", Node.finalized - before)

# resurrection-free finalizer that touches a lock held by nobody
class Res:
    log = []

    def __del__(self):
        Res.log.append(threading.current_thread().name)


def drop_in_thread(obj_list):
    obj_list.clear()


objs = [Res() for _ in range(4)]
t = threading.Thread(target=drop_in_thread, args=(objs,), name="dropper")
t.start()
t.join()
# which thread runs them differs without the GIL (free-threaded CPython: the owner
# thread, at its next check); that they ran before join() returned does not
print("finalized before join returned:", len(Res.log))
print("gc enabled:", gc.isenabled())
