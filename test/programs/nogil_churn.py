# gilvm-nogil: --workers 2
# Threads creating, sharing and dropping many objects (lists, dicts, instances, floats,
# strs, closures, cycles): with --check-refs nothing may leak.
import threading


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


shared = {}
shared_lock = threading.Lock()
results = []


def churn(k):
    total = 0
    for i in range(1500):
        a = [i, float(i), str(i), (i, k)]
        d = {"k": k, "i": i, "a": a}
        n = Node(d)
        n.next = Node(n)          # a cycle through an instance dict
        if i % 7 == 0:
            shared[(k, i % 20)] = n   # shared with the other threads, replaced later
        f = lambda x, d=d: x + len(d)
        total += f(1)
        other = shared.get(((k + 1) % 4, i % 20))
        if other is not None:
            total += len(other.value)
    with shared_lock:
        results.append(total)


threads = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(results), len(shared))
shared.clear()
