# Single operations on built-in containers are atomic (no lock): append, setitem, add, pop.
import threading
import collections

N = 4
K = 3000
lst = []
d = {}
s = set()
dq = collections.deque()
start = threading.Barrier(N)


def writer(t):
    start.wait()
    for i in range(K):
        lst.append(i)
        d[(t, i)] = i
        s.add(t * K + i)
        dq.append(i)


ts = [threading.Thread(target=writer, args=(t,)) for t in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(lst), sum(lst), len(d), sum(d.values()), len(s), len(dq))

popped = [[] for _ in range(N)]


def popper(t):
    start.wait()
    out = popped[t]
    while True:
        try:
            out.append(lst.pop())
        except IndexError:
            break
        try:
            dq.popleft()
        except IndexError:
            pass


ts = [threading.Thread(target=popper, args=(t,)) for t in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
allp = sorted(x for p in popped for x in p)
print(len(allp), sum(allp), allp == sorted(list(range(K)) * N), len(lst), len(dq))


def deleter(t):
    start.wait()
    for i in range(K):
        del d[(t, i)]
        s.discard(t * K + i)
        d.pop((t, i), None)


ts = [threading.Thread(target=deleter, args=(t,)) for t in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(d), len(s))

# dict.setdefault and list.extend / sort under contention
groups = {}
def grouper(t):
    start.wait()
    for i in range(1000):
        groups.setdefault(i % 10, []).append(t)
ts = [threading.Thread(target=grouper, args=(t,)) for t in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted((k, len(v)) for k, v in groups.items()))
