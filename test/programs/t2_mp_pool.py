# multiprocessing.Pool: map, starmap, imap, imap_unordered, apply, apply_async, map_async,
# callbacks, a task's exception re-raised in the parent, worker names.
from multiprocessing import Pool, current_process, TimeoutError


def work(n):
    return sum(i * i for i in range(n))


def add(a, b):
    return a + b


def worker_name(_):
    return current_process().name.startswith('ForkPoolWorker-')


def check(x):
    if x == 3:
        raise KeyError(f'bad item {x}')
    return x


if __name__ == '__main__':
    with Pool(2) as pool:
        print(pool.map(work, [10**4, 10**4, 5, 0]))
        print(pool.map(work, range(10), chunksize=3))
        print(pool.starmap(add, [(1, 2), (3, 4), ('a', 'b')]))
        print(list(pool.imap(work, range(6))))
        print(sorted(pool.imap_unordered(work, range(6), chunksize=2)))
        print(pool.apply(add, (5, 6)), pool.apply(add, (), {'a': 1, 'b': 2}))
        r = pool.apply_async(add, (20, 22))
        print(r.get(timeout=60), r.ready(), r.successful())
        print(all(pool.map(worker_name, range(4))))
        try:
            pool.map(check, range(6))
        except KeyError as e:
            print('KeyError', e)
        bad = pool.apply_async(check, (3,))
        bad.wait()
        print(bad.ready(), bad.successful())
        try:
            bad.get()
        except KeyError as e:
            print('get raised', repr(e))
        got = []
        m = pool.map_async(work, [1, 2, 3], callback=got.append)
        print(m.get(), got)
        errors = []
        e = pool.apply_async(check, (3,), error_callback=lambda exc: errors.append(type(exc).__name__))
        e.wait()
        print(errors)
        print(pool.map(work, []))
    pool = Pool(processes=1)
    print(pool.map(add, [1]) if False else pool.starmap(add, [(2, 3)]))
    pool.close()
    pool.join()
    try:
        pool.map(work, [1])
    except ValueError as e:
        print('ValueError', e)
