# multiprocessing.pool.ThreadPool and multiprocessing.dummy: Pool's interface and the
# process API over threads (no pickling: lambdas work).
import time
from multiprocessing.pool import ThreadPool
from multiprocessing.dummy import Pool as DummyPool, Process, Queue, Lock, current_process

def fetch(n):
    time.sleep(0.05)
    return n * n

if __name__ == '__main__':
    with ThreadPool(4) as pool:
        print(pool.map(fetch, range(8)))
        print(pool.starmap(pow, [(2, 3), (3, 2)]))
        print(sorted(pool.imap_unordered(lambda x: x + 1, [1, 2, 3])))
        print(list(pool.imap(str, range(3))))
        r = pool.apply_async(divmod, (17, 5))
        print(r.get(timeout=5))
        bad = pool.apply_async(lambda: 1 / 0)
        try:
            bad.get()
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
        print(repr(pool).startswith("<multiprocessing.pool.ThreadPool state=RUN pool_size=4"))
    p = DummyPool(3)
    print(p.map(len, ["a", "bb", "ccc"]))
    p.close(); p.join()
    q = Queue()
    lock = Lock()
    def work(i):
        with lock:
            q.put(i * 10)
    ps = [Process(target=work, args=(i,)) for i in range(3)]
    for x in ps: x.start()
    for x in ps: x.join()
    print(sorted(q.get() for _ in range(3)), [x.exitcode for x in ps])
    print(current_process().name)
