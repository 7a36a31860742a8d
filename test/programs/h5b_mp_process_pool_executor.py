# gilvm-nogil: --workers 2
# concurrent.futures.ProcessPoolExecutor: map, submit, as_completed, exceptions, asyncio bridge.
import concurrent.futures as cf
import asyncio


def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True


def checked_sqrt(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    r = 0
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r


async def via_loop(ex):
    loop = asyncio.get_running_loop()
    rs = await asyncio.gather(*(loop.run_in_executor(ex, checked_sqrt, n) for n in (16, 81, 99)))
    return rs


if __name__ == "__main__":
    nums = [1000000007, 7, 10, 97, 1000003, 15]
    with cf.ProcessPoolExecutor(max_workers=2) as ex:
        print(list(zip(nums, ex.map(is_prime, nums))))
        futs = {ex.submit(checked_sqrt, x): x for x in (9, -4, 50, 1)}
        out = {}
        for f in cf.as_completed(futs):
            x = futs[f]
            try:
                out[x] = f.result()
            except ValueError as e:
                out[x] = "error: %s" % e
        print(sorted(out.items()))
        print(asyncio.run(via_loop(ex)))
        f = ex.submit(checked_sqrt, -1)
        print(type(f.exception()).__name__, f.exception())
        print(list(ex.map(checked_sqrt, range(10), chunksize=3)))
    try:
        ex.submit(is_prime, 3)
    except RuntimeError as e:
        print("RuntimeError:", e)
