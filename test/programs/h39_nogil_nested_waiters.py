# gilvm: --workers 1 --switch-interval 100
# gilvm-nogil: --workers 1
# More threads wait inside nested calls than there are executors: each consumer blocks in
# queue.get() called from a key= lambda of sorted(), from a generator that sum() drives,
# or from map(lambda), and each producer blocks in put() on a bounded queue inside
# map(lambda); every thread needs a JS stack of its own (an idle executor or a spare one
# started for it), with or without the GIL.
import threading, queue

N = 4
queues = [queue.Queue(maxsize=1) for _ in range(N)]
results = [None] * N


def by_key(i):
    q = queues[i]
    results[i] = sorted(range(3), key=lambda k: q.get() * 10 + k)


def by_sum(i):
    q = queues[i]
    results[i] = sum(q.get() for _ in range(3))


def by_map(i):
    q = queues[i]
    results[i] = list(map(lambda k: q.get() + k, range(3)))


kinds = [by_key, by_sum, by_map, by_sum]
consumers = [threading.Thread(target=kinds[i], args=(i,)) for i in range(N)]
for c in consumers:
    c.start()


def produce(i):
    list(map(lambda v: queues[i].put(v), (3, 1, 2)))


producers = [threading.Thread(target=produce, args=(i,)) for i in range(N)]
for p in producers:
    p.start()
for t in producers + consumers:
    t.join()
for i, r in enumerate(results):
    print(i, kinds[i].__name__, r)
