import multiprocessing as mp

def square(x):
    return x * x

def worker(q, n):
    q.put((n, sum(range(n))))

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(8)))
        print(pool.apply(square, (12,)))
        print(sorted(pool.imap_unordered(square, [3, 1, 2])))
        print(pool.starmap(pow, [(2, 3), (3, 2)]))
    q = mp.Queue()
    procs = [mp.Process(target=worker, args=(q, n)) for n in (10, 100, 1000)]
    for p in procs:
        p.start()
    results = sorted(q.get() for _ in procs)
    for p in procs:
        p.join()
    print(results, [p.exitcode for p in procs])
    print(mp.cpu_count() > 0, mp.current_process().name)
