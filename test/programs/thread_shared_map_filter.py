# gilvm-nogil: --workers 2
# A map or filter shared by several threads hands out each item once, and a map over two
# iterables keeps its pairs together (CPython's C iterators step atomically under the GIL).
import threading
def run(src):
    out = []
    lock = threading.Lock()
    def w():
        for x in src:
            with lock:
                out.append(x)
    ts = [threading.Thread(target=w) for _ in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    return len(out), len(set(out)), sum(out)
print(run(map(abs, range(50000))))
print(run(filter(lambda v: v % 3, range(30000))))
print(run(map(lambda a, b: a * 100000 + b, range(20000), range(20000)))[:2])
r = range(20000)
res = run(map(lambda a, b: a - b, r, r))
print(res)
