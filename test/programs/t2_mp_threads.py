# gilvm-nogil: --workers 2
# Blocking on a process (join, Queue.get, result.get) blocks only the calling thread.
import threading
import time
from multiprocessing import Process, Queue, Pool


def slow_put(q, x):
    time.sleep(0.3)
    q.put(x * 10)


def cube(x):
    return x ** 3


def threaded_child(q, n):
    # a child interpreter runs threads of its own (its own scheduler and GIL)
    out = []
    lock = threading.Lock()

    def add(i):
        with lock:
            out.append(i * i)

    ts = [threading.Thread(target=add, args=(i,)) for i in range(n)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    q.put(sorted(out))


if __name__ == '__main__':
    q = Queue()
    ticks = []

    def ticker():
        for i in range(5):
            ticks.append(i)
            time.sleep(0.01)

    t = threading.Thread(target=ticker)
    t.start()
    p = Process(target=slow_put, args=(q, 4))
    p.start()
    print(q.get(timeout=60))
    p.join()
    t.join()
    print(ticks, p.exitcode)

    results = []

    def use_pool(n):
        with Pool(1) as pool:
            results.append(pool.map(cube, range(n)))

    threads = [threading.Thread(target=use_pool, args=(n,)) for n in (3, 4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(results))

    p = Process(target=threaded_child, args=(q, 4))
    p.start()
    print(q.get(timeout=60))
    p.join()
    print(p.exitcode)
