# gilvm: --switch-interval 7
# Tier 2: deque as a queue between threads. append/popleft are atomic under the GIL (as
# CPython's C deque), so with thread switches every few instructions no item is lost or
# taken twice. Two producers, two consumers, a bounded deque for recent history.
import threading
from collections import deque

jobs = deque()
recent = deque(maxlen=5)
N = 1500


def producer(k):
    for i in range(N):
        jobs.append((k, i))
        if i % 3 == 0:
            jobs.appendleft((k, -i - 1))


def consumer(out, quota):
    while len(out) < quota:
        try:
            item = jobs.popleft() if len(out) % 2 else jobs.pop()
        except IndexError:
            continue
        out.append(item)
        recent.append(item)


total = 2 * (N + (N + 2) // 3)
outs = [[], []]
threads = [threading.Thread(target=producer, args=(k,)) for k in range(2)]
threads += [threading.Thread(target=consumer, args=(out, total // 2)) for out in outs]
for t in threads:
    t.start()
for t in threads:
    t.join()
got = outs[0] + outs[1]
print(len(got), len(set(got)) == total, len(jobs), len(recent), recent.maxlen)
print(sorted(got)[:3], sorted(got)[-2:])
