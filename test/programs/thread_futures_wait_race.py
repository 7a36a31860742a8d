# concurrent.futures.wait and as_completed install their waiter while holding every
# future's condition: a future finishing in between is never missed (a lost wake-up hung
# wait() under --no-gil).
from concurrent.futures import ThreadPoolExecutor, wait, as_completed, FIRST_COMPLETED


def sq(x):
    return x * x


with ThreadPoolExecutor(max_workers=3) as ex:
    total = 0
    for i in range(150):
        done, not_done = wait([ex.submit(sq, i), ex.submit(sq, i + 1)])
        total += sum(f.result() for f in done) + len(not_done)
        first, _ = wait([ex.submit(sq, 2)], return_when=FIRST_COMPLETED)
        total += len(first)
        total += sum(f.result() for f in as_completed([ex.submit(sq, 1), ex.submit(sq, 2)]))
print(total)
