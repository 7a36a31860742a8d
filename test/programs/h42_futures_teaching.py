# gilvm-nogil: --workers 2
# concurrent.futures the way tutorials show it: submit, as_completed, map, wait, callbacks.
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed, wait, FIRST_COMPLETED, ALL_COMPLETED
import time
import threading

URLS = {"python.org": 0.03, "example.com": 0.01, "gil.dev": 0.02, "broken.invalid": 0.005}


def load_url(url):
    time.sleep(URLS[url])
    if url.endswith(".invalid"):
        raise ConnectionError(f"cannot resolve {url}")
    return len(url) * 1000


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def main():
    with ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetch") as ex:
        futures = {ex.submit(load_url, u): u for u in URLS}
        report = []
        for fut in as_completed(futures):
            url = futures[fut]
            try:
                report.append((url, fut.result()))
            except ConnectionError as e:
                report.append((url, f"error: {e}"))
        for line in sorted(report):
            print(line)

        print("map:", list(ex.map(lambda x: x * 2, range(5))))
        done_names = []
        f = ex.submit(threading.current_thread)
        f.add_done_callback(lambda fut: done_names.append(fut.result().name.startswith("fetch_")))
        f.result()
        time.sleep(0.01)
        print("thread name prefix:", done_names)

        slow = ex.submit(time.sleep, 0.2)
        quick = ex.submit(time.sleep, 0.001)
        done, pending = wait([slow, quick], return_when=FIRST_COMPLETED)
        print("first completed is quick:", quick in done, "slow pending:", slow in pending)
        done, pending = wait([slow, quick], return_when=ALL_COMPLETED)
        print("all done:", len(done), len(pending))

        f2 = ex.submit(load_url, "broken.invalid")
        print("exception():", repr(f2.exception()))
        print("states:", f2.done(), f2.cancelled(), f2.running())

    with ProcessPoolExecutor(max_workers=2) as pex:
        print("process fib:", list(pex.map(fib, [10, 15, 20])))
        print("submit:", pex.submit(pow, 2, 20).result())

    ex2 = ThreadPoolExecutor(max_workers=1)
    ex2.shutdown()
    try:
        ex2.submit(print, "never")
    except RuntimeError as e:
        print("RuntimeError:", e)


if __name__ == "__main__":
    main()
