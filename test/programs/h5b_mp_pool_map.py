# gilvm-nogil: --workers 2
# multiprocessing.Pool: map, starmap, apply_async, imap with module-level functions.
import multiprocessing as mp


def square(x):
    return x * x


def power(base, exp):
    return base ** exp


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def fails(x):
    if x == 3:
        raise ValueError("three is bad")
    return x


if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(square, range(10)))
        print(pool.starmap(power, [(2, 10), (3, 4), (10, 3)]))
        rs = [pool.apply_async(collatz, (n,)) for n in (27, 97, 871)]
        print([r.get(timeout=30) for r in rs])
        print(pool.apply(power, (7, 2)))
        print(list(pool.imap(square, [1, 2, 3])))
        print(sorted(pool.imap_unordered(square, range(5))))
        r = pool.apply_async(fails, (3,))
        try:
            r.get(30)
        except ValueError as e:
            print("ValueError from worker:", e, r.successful())
        try:
            pool.map(fails, range(5))
        except ValueError as e:
            print("map raised:", e)
        m = pool.map_async(square, [4, 5])
        print(m.get(30), m.ready())
    print("cpu_count positive:", mp.cpu_count() > 0)
