# gilvm-nogil: --workers 2
"""Shared built-in containers hammered by 4 threads with exact final results: dict updates
under a lock, list.append / list.extend / list += without a lock, set.add, Counter under a
lock, deque appends and pops at both ends, dict.setdefault + list append, list.pop racing
(every item popped exactly once), dict.pop racing, heapq on a shared heap under a lock."""
import heapq
import threading
from collections import Counter, deque, defaultdict

N = 4
M = 1500
shared_list = []
ext_list = []
iadd_list = []
shared_set = set()
locked_dict = {}
dict_lock = threading.Lock()
counter = Counter()
counter_lock = threading.Lock()
dq = deque()
groups = {}
dd = defaultdict(list)
start = threading.Barrier(N)


def hammer(wid):
    start.wait()
    global iadd_list
    for i in range(M):
        shared_list.append((wid, i))
        shared_set.add(i * N + wid)
        if i % 3 == 0:
            ext_list.extend([wid, i])
        if i % 5 == 0:
            dq.appendleft(-wid)
        else:
            dq.append(wid)
        groups.setdefault(i % 7, []).append(wid)
        dd[i % 11].append(i)
        with dict_lock:
            locked_dict[i % 50] = locked_dict.get(i % 50, 0) + 1
        with counter_lock:
            counter[f"k{i % 9}"] += 1


ts = [threading.Thread(target=hammer, args=(w,)) for w in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("list len:", len(shared_list), len(shared_list) == N * M)
print("each item once:", sorted(shared_list) == sorted((w, i) for w in range(N) for i in range(M)))
print("per-thread order kept:", all(
    [i for w2, i in shared_list if w2 == w] == list(range(M)) for w in range(N)))
print("extend len:", len(ext_list), "pairs intact:", all(ext_list[k] in range(N) for k in range(0, len(ext_list), 2)))
print("set:", len(shared_set), shared_set == set(range(N * M)))
print("locked dict total:", sum(locked_dict.values()), len(locked_dict))
print("counter:", sorted(counter.items()))
print("deque:", len(dq), sum(1 for x in dq if x <= 0 and x != 0 or False), dq.count(0))
print("groups:", {k: len(v) for k, v in sorted(groups.items())})
print("defaultdict:", {k: len(v) for k, v in sorted(dd.items())})

# concurrent pops: every element is taken exactly once
pool = list(range(5000))
dpool = deque(range(5000))
keys = {i: i * i for i in range(3000)}
taken = [[] for _ in range(N)]
dtaken = [[] for _ in range(N)]
ktaken = [[] for _ in range(N)]


def drain(wid):
    start.wait()
    while True:
        try:
            taken[wid].append(pool.pop())
        except IndexError:
            break
    while True:
        try:
            if wid % 2:
                dtaken[wid].append(dpool.popleft())
            else:
                dtaken[wid].append(dpool.pop())
        except IndexError:
            break
    for k in range(3000):
        v = keys.pop(k, None)
        if v is not None:
            ktaken[wid].append(k)


ts = [threading.Thread(target=drain, args=(w,)) for w in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = sorted(x for part in taken for x in part)
print("list pops exact:", allp == list(range(5000)), pool)
alld = sorted(x for part in dtaken for x in part)
print("deque pops exact:", alld == list(range(5000)), len(dpool))
allk = sorted(x for part in ktaken for x in part)
print("dict pops exact:", allk == list(range(3000)), keys)

# a shared heap used as a work queue under a lock
heap = []
hlock = threading.Lock()
for i in range(200):
    heapq.heappush(heap, ((i * 37) % 101, i))
order = [[] for _ in range(N)]


def pop_heap(wid):
    while True:
        with hlock:
            if not heap:
                return
            order[wid].append(heapq.heappop(heap))


ts = [threading.Thread(target=pop_heap, args=(w,)) for w in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
merged = sorted(x for part in order for x in part)
print("heap items:", len(merged), merged[:3], merged[-2:])
print("each worker's pops ascending:", all(part == sorted(part) for part in order))
