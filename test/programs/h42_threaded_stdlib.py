# gilvm-nogil: --workers 2
# collections, itertools and functools used from worker threads.
import threading
import collections
import itertools
import functools
import queue

Order = collections.namedtuple("Order", "id customer amount")
orders = [Order(i, c, a) for i, (c, a) in enumerate(zip(itertools.cycle(["ann", "bob", "cy"]), range(10, 200, 13)))]

by_customer = collections.defaultdict(list)
counts = collections.Counter()
recent = collections.deque(maxlen=5)
lock = threading.Lock()

@functools.lru_cache(maxsize=None)
def tax(amount):
    return round(amount * 0.2, 2)

def process(batch):
    local_counts = collections.Counter(o.customer for o in batch)
    for o in batch:
        t = tax(o.amount)
        with lock:
            by_customer[o.customer].append(o.amount + t)
            recent.append(o.id)
    with lock:
        counts.update(local_counts)

def batched(iterable, n):
    it = iter(iterable)
    while True:
        chunk = list(itertools.islice(it, n))
        if not chunk:
            return
        yield chunk

threads = [threading.Thread(target=process, args=(b,)) for b in batched(orders, 4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("threads used:", len(threads))
print("counts:", sorted(counts.items()))
print("highest count:", counts.most_common(1)[0][1], "total:", sum(counts.values()))
for customer in sorted(by_customer):
    print(customer, sorted(by_customer[customer]))
print("recent holds five ids:", len(recent), recent.maxlen)
print("cache info:", tax.cache_info().currsize == len({o.amount for o in orders}))
print("total with tax:", round(functools.reduce(lambda a, b: a + b, itertools.chain.from_iterable(by_customer.values())), 2))

# A pipeline: producer -> (map in threads via queue) -> accumulate
q_in, q_out = queue.Queue(), queue.Queue()
def stage():
    for item in iter(q_in.get, None):
        q_out.put((item, sum(itertools.accumulate(range(item)))))
workers = [threading.Thread(target=stage) for _ in range(3)]
for w in workers:
    w.start()
for n in range(1, 9):
    q_in.put(n)
for _ in workers:
    q_in.put(None)
for w in workers:
    w.join()
res = sorted(q_out.get() for _ in range(q_out.qsize()))
print("accumulate sums:", res)
part = functools.partial(sorted, key=lambda o: (-o.amount, o.id))
print("top order:", part(orders)[0])
print("grouped:", [(k, len(list(g))) for k, g in itertools.groupby(sorted(o.customer for o in orders))])
