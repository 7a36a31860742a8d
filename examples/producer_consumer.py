# Producer/consumer with queue.Queue: one producer, two consumers, shutdown by
# sentinels (one None per consumer).
#
# What it shows about the GIL: threads are still useful for coordination even when
# only one runs Python code at a time. queue.Queue does its own locking, so the hand-
# off is safe in every mode; which consumer gets which item depends on scheduling, so
# the program prints only order-independent totals.
import queue
import threading

ITEMS = 1000
CONSUMERS = 2

jobs = queue.Queue(maxsize=50)
summary_lock = threading.Lock()
summary = {"count": 0, "total": 0, "per_consumer": {}}


def producer():
    for i in range(1, ITEMS + 1):
        jobs.put(i)
    for _ in range(CONSUMERS):
        jobs.put(None)               # one sentinel per consumer


def consumer(name):
    handled = 0
    subtotal = 0
    while True:
        item = jobs.get()
        if item is None:
            break
        subtotal += item * item
        handled += 1
    with summary_lock:
        summary["count"] += handled
        summary["total"] += subtotal
        summary["per_consumer"][name] = handled


threads = [threading.Thread(target=producer)]
threads += [threading.Thread(target=consumer, args=(f"consumer-{i}",)) for i in range(CONSUMERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert summary["count"] == ITEMS
assert summary["total"] == sum(i * i for i in range(1, ITEMS + 1))
assert sum(summary["per_consumer"].values()) == ITEMS
print(f"items consumed: {summary['count']}")
print(f"sum of squares: {summary['total']}")
print(f"consumers finished: {len(summary['per_consumer'])}")
