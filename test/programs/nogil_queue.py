# gilvm-nogil: --workers 2
# Producers and consumers over queue.Queue with --no-gil: every item consumed exactly once.
import queue
import threading

PRODUCERS = 3
CONSUMERS = 3
ITEMS = 1500
q = queue.Queue(maxsize=50)
seen = []
seen_lock = threading.Lock()


def produce(k):
    for i in range(ITEMS):
        q.put((k, i))


def consume():
    mine = []
    while True:
        item = q.get()
        if item is None:
            break
        mine.append(item)
    with seen_lock:
        seen.extend(mine)


producers = [threading.Thread(target=produce, args=(k,)) for k in range(PRODUCERS)]
consumers = [threading.Thread(target=consume) for _ in range(CONSUMERS)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for _ in consumers:
    q.put(None)
for t in consumers:
    t.join()
print(len(seen), len(set(seen)), PRODUCERS * ITEMS)
assert sorted(seen) == [(k, i) for k in range(PRODUCERS) for i in range(ITEMS)]
print("ok")
