# gilvm: --workers 1 --switch-interval 100
# Blocking queue operations inside natives that call back into Python: a producer feeds a
# bounded queue from map(lambda) and a generator driven by list(), consumers pull from it
# inside sorted(key=...), max(key=...), sum(<genexpr>) and any(<genexpr>); every result
# is independent of the order the threads ran in.
# (Four threads wait inside nested calls at once. A thread waiting there keeps its JS stack;
# run on that stack, another thread that waited nested too sat on top of it and neither
# could return: this hung with any worker count. GIL mode hands the queue to an idle
# executor or a spare one, started on demand; --no-gil has no spares yet, hence 6 workers.)
import threading
import queue

N = 60
bounded = queue.Queue(maxsize=2)
results = {}
lock = threading.Lock()


def produce():
    # map() calls the lambda, the lambda blocks in put() on a full queue
    list(map(lambda x: bounded.put(("item", x)), range(N)))
    for _ in range(3):
        bounded.put(("stop", None))


def record(name, value):
    with lock:
        results[name] = value


def take():
    kind, value = bounded.get()
    return -1 if kind == "stop" else value


def consumer_sorted():
    # sorted() drives a generator whose every step blocks in get(); the key is Python too
    order = sorted(gen_values(), key=lambda v: -v)
    record("sorted", (order[:3] == sorted(order, reverse=True)[:3], order[::-1]))


def gen_values():
    while True:
        v = take()
        if v < 0:
            return
        yield v


def consumer_sum():
    got = []
    total = sum(v for v in gen_values() if got.append(v) is None)
    record("sum", (total, got))


def consumer_any():
    got = []
    found = any(v < 0 or got.append(v) for v in iter(take, -1))
    record("any", (found, got))


threads = [threading.Thread(target=f, name=f.__name__) for f in (consumer_sorted, consumer_sum, consumer_any)]
for t in threads:
    t.start()
producer = threading.Thread(target=produce)
producer.start()
producer.join()
for t in threads:
    t.join()

print("sorted descending:", results["sorted"][0])
everything = []
for name in ("sorted", "sum", "any"):
    values = results[name][1]
    everything.extend(values)
    print(name, "got increasing values:", values == sorted(values))
print("sum matches:", results["sum"][0] == sum(results["sum"][1]))
print("any found a negative:", results["any"][0])
print("all items once:", sorted(everything) == list(range(N)))

# max(key=) where the key waits for a reply from a worker through two queues
requests = queue.Queue(maxsize=1)
replies = queue.Queue(maxsize=1)


def squarer():
    while True:
        x = requests.get()
        if x is None:
            return
        replies.put(x * x % 17)


def remote_key(x):
    requests.put(x)
    return replies.get()


w = threading.Thread(target=squarer)
w.start()
print("max by remote key:", max(range(40), key=remote_key))
print("min by remote key:", min(range(40), key=remote_key))
print("sorted by remote key:", sorted(range(12), key=remote_key))
requests.put(None)
w.join()
print("threads left:", threading.active_count())
