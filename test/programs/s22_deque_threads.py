# Threads pushing at both ends of one deque and popping from both ends at once: no item
# lost or seen twice, and a bounded deque appended to by four threads keeps maxlen items
# (deque ends are single native steps: under the GIL and with --no-gil).
import threading
from collections import deque

q = deque()
out = []
lock = threading.Lock()
N = 4000

def producer(base):
    for i in range(N):
        if i % 2:
            q.append(base + i)
        else:
            q.appendleft(base + i)

def consumer(got):
    misses = 0
    while misses < 2000:
        try:
            got.append(q.popleft() if len(got) % 2 else q.pop())
            misses = 0
        except IndexError:
            misses += 1

producers = [threading.Thread(target=producer, args=(k * 100000,)) for k in range(3)]
results = [[] for _ in range(3)]
consumers = [threading.Thread(target=consumer, args=(r,)) for r in results]
for t in producers + consumers:
    t.start()
for t in producers + consumers:
    t.join()
rest = []
while q:
    rest.append(q.popleft())
everything = sorted(x for r in results for x in r) + sorted(rest)
print(len(everything), len(set(everything)) == 3 * N, sorted(everything) == sorted(k * 100000 + i for k in range(3) for i in range(N)))
b = deque(maxlen=50)
def bounded(k):
    for i in range(2000):
        (b.append if i % 3 else b.appendleft)(i)
ts = [threading.Thread(target=bounded, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(b))
