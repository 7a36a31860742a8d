from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading
import time

def work(n):
    time.sleep(0.001 * (n % 3))
    if n == 7:
        raise ValueError(f"bad input {n}")
    return n * n

with ThreadPoolExecutor(max_workers=3) as ex:
    futures = {ex.submit(work, n): n for n in range(10)}
    results = {}
    errors = []
    for fut in as_completed(futures):
        n = futures[fut]
        try:
            results[n] = fut.result()
        except ValueError as e:
            errors.append(str(e))
print(sorted(results.items())[:4], len(results), errors)

with ThreadPoolExecutor(max_workers=2) as ex:
    print(list(ex.map(lambda x: x + 1, range(5))))
    f = ex.submit(pow, 2, 10)
    print(f.result(timeout=5), f.done(), f.exception())
    bad = ex.submit(work, 7)
    print(type(bad.exception()).__name__, bad.done())
    done, pending = wait([ex.submit(time.sleep, 0.001)], return_when=FIRST_COMPLETED)
    print(len(done), len(pending))

callbacks = []
with ThreadPoolExecutor(max_workers=1) as ex:
    fut = ex.submit(lambda: "cb-result")
    fut.add_done_callback(lambda f: callbacks.append(f.result()))
print(callbacks)

lock = threading.Lock()
counter = 0
def bump(k):
    global counter
    for _ in range(k):
        with lock:
            counter += 1
    return k
with ThreadPoolExecutor(4) as ex:
    total = sum(ex.map(bump, [100] * 8))
print(total, counter)
ex = ThreadPoolExecutor(1)
ex.shutdown()
try:
    ex.submit(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
with ThreadPoolExecutor(2) as ex:
    list(ex.map(work, [6, 7, 8]))
