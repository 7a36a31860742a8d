# gilvm-nogil: --workers 2
"""Threads sharing instances of built-in container SUBCLASSES with no lock of their own,
relying on the built-in methods being atomic as in CPython: a Stack(list) drained by
pop() from 4 threads, a Registry(dict) drained with popitem(), a TagSet(set) drained with
pop(), and an OrderedDict used as a lock-free recency list (move_to_end from several
threads while readers check membership; popitem(last=False) from both ends)."""
import sys
import threading
from collections import OrderedDict

sys.setswitchinterval(1e-5)
N = 4


class Stack(list):
    def peek(self):
        return self[-1]


class Registry(dict):
    def names(self):
        return sorted(self)


class TagSet(set):
    pass


def run_all(target):
    ts = [threading.Thread(target=target, args=(w,)) for w in range(N)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()


stack = Stack()
registry = Registry()
tags = TagSet()


def fill(w):
    for i in range(2000):
        stack.append((w, i))
        registry[w * 2000 + i] = w
        tags.add(f"t{w}-{i}")


run_all(fill)
print("filled:", len(stack), len(registry), len(tags), type(stack).__name__, stack.peek()[1] >= 0)

popped = [[] for _ in range(N)]
items = [[] for _ in range(N)]
taken_tags = [[] for _ in range(N)]


def drain(w):
    while True:
        try:
            popped[w].append(stack.pop())
        except IndexError:
            break
    while True:
        try:
            items[w].append(registry.popitem()[0])
        except KeyError:
            break
    while True:
        try:
            taken_tags[w].append(tags.pop())
        except KeyError:
            break


run_all(drain)
all_popped = sorted(x for part in popped for x in part)
print("stack pops exact:", all_popped == sorted((w, i) for w in range(N) for i in range(2000)))
all_items = sorted(x for part in items for x in part)
print("registry popitem exact:", all_items == list(range(N * 2000)), registry.names())
all_tags = sorted(x for part in taken_tags for x in part)
print("tag pops exact:", len(all_tags), len(set(all_tags)), len(tags))

recent = OrderedDict((k, k * k) for k in range(32))
problems = []


def toucher(w):
    for i in range(1500):
        k = (i * (w + 3)) % 32
        recent.move_to_end(k, last=(i % 4 != 0))
        if k not in recent:
            problems.append(("lost", k))


def reader(w):
    for i in range(1500):
        for k in (0, 11, 31):
            if recent.get(k) != k * k:
                problems.append(("bad read", k))


def role(w):
    try:
        (toucher if w < 3 else reader)(w)
    except Exception as e:
        problems.append(repr(e))


run_all(role)
print("recency problems:", problems[:3], len(problems))
print("keys intact:", sorted(recent) == list(range(32)), all(v == k * k for k, v in recent.items()))

fifo = OrderedDict((k, str(k)) for k in range(4000))
got = [[] for _ in range(N)]


def pop_ends(w):
    while True:
        try:
            k, v = fifo.popitem(last=(w % 2 == 0))
        except KeyError as e:
            got[w].append(("end", str(e)))
            return
        if v != str(k):
            got[w].append(("mismatch", k))
        got[w].append(k)


run_all(pop_ends)
keys = sorted(x for part in got for x in part if isinstance(x, int))
ends = {x for part in got for x in part if isinstance(x, tuple)}
print("fifo pops exact:", keys == list(range(4000)), sorted(ends))

od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
od.clear()
try:
    od.popitem(last=False)
except KeyError as e:
    print("KeyError:", e)
