# gilvm-nogil: --workers 2
# Manager-shared dict/list, JoinableQueue workers with sentinels, and Pool initializers.
import multiprocessing as mp
import os

_factor = None


def init_worker(factor):
    global _factor
    _factor = factor


def scale(x):
    return x * _factor


def tally(shared, lock, word):
    with lock:
        shared[word] = shared.get(word, 0) + 1


def record(lst, item):
    lst.append(item)


def consumer(tasks, results):
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, sum(range(item))))
        tasks.task_done()


if __name__ == "__main__":
    with mp.Manager() as manager:
        shared = manager.dict()
        lock = manager.Lock()
        procs = [mp.Process(target=tally, args=(shared, lock, w))
                 for w in ["spam", "eggs", "spam", "ham", "spam"]]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("word counts:", sorted(shared.items()))
        lst = manager.list()
        ps = [mp.Process(target=record, args=(lst, i)) for i in range(4)]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print("list:", sorted(lst), len(lst))
        ns = manager.Namespace()
        ns.total = 10
        ns.total += 5
        print("namespace:", ns.total)

    tasks = mp.JoinableQueue()
    results = mp.Queue()
    workers = [mp.Process(target=consumer, args=(tasks, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for n in [10, 20, 30, 40, 50]:
        tasks.put(n)
    for _ in workers:
        tasks.put(None)
    tasks.join()
    out = sorted(results.get(timeout=10) for _ in range(5))
    for w in workers:
        w.join()
    print("joinable results:", out)
    print("worker exit codes:", [w.exitcode for w in workers])

    with mp.Pool(2, initializer=init_worker, initargs=(3,)) as pool:
        print("initializer:", pool.map(scale, [1, 2, 3]))
        it = pool.imap(scale, range(5), chunksize=2)
        print("imap next:", next(it), next(it), list(it))
    print("same pid in main:", os.getpid() == mp.current_process().pid)
