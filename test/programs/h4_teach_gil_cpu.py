# gilvm-nogil: --workers 2
# GIL teaching script: the same CPU-bound work sequentially, in threads, in a ThreadPoolExecutor and in a multiprocessing.Pool; prints results only (timings vary).
import threading
import time
import multiprocessing
from concurrent.futures import ThreadPoolExecutor

def count_primes(limit):
    count = 0
    for n in range(2, limit):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            count += 1
    return count

LIMITS = [600, 900, 1200, 1500]

def sequential():
    return [count_primes(n) for n in LIMITS]

def with_threads():
    results = [None] * len(LIMITS)
    def work(i, n):
        results[i] = count_primes(n)
    threads = [threading.Thread(target=work, args=(i, n)) for i, n in enumerate(LIMITS)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return results

def with_executor():
    with ThreadPoolExecutor(max_workers=4) as ex:
        return list(ex.map(count_primes, LIMITS))

def with_processes():
    with multiprocessing.Pool(2) as pool:
        return pool.map(count_primes, LIMITS)

if __name__ == '__main__':
    expected = sequential()
    for name, fn in [('sequential', sequential), ('threads', with_threads),
                     ('executor', with_executor), ('processes', with_processes)]:
        start = time.perf_counter()
        result = fn()
        elapsed = time.perf_counter() - start
        print(f'{name:>10}: {result} same={result == expected} took>0={elapsed > 0}')
    # the classic race: x += 1 from threads without a lock may lose updates, with a lock never
    total = 0
    lock = threading.Lock()
    def add_locked(n):
        global total
        for _ in range(n):
            with lock:
                total += 1
    ths = [threading.Thread(target=add_locked, args=(1000,)) for _ in range(4)]
    for th in ths: th.start()
    for th in ths: th.join()
    print('locked total', total)
    print('switch interval', sys_interval := __import__('sys').getswitchinterval())
