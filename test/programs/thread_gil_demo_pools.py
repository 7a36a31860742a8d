# The classic GIL demo: CPU-bound work sequentially, in threads, in a thread pool and in
# process pools; the top-level threads run again (quietly) in each child process.
import threading, time, queue, sys
from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed
import multiprocessing

def cpu_bound(n):
    total = 0
    for i in range(n):
        total += i * i
    return total

def io_bound(x):
    time.sleep(0.01)
    return x

def timed(label, fn):
    start = time.perf_counter()
    result = fn()
    elapsed = time.perf_counter() - start
    assert elapsed >= 0
    print(f"{label}: {result}")

N = 3000
timed("sequential", lambda: [cpu_bound(N) for _ in range(4)])

def threaded():
    results = [None] * 4
    def run(i):
        results[i] = cpu_bound(N)
    ts = [threading.Thread(target=run, args=(i,)) for i in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    return results
timed("threads", threaded)

def pool_threads():
    with ThreadPoolExecutor(max_workers=4) as ex:
        return list(ex.map(cpu_bound, [N] * 4))
timed("thread pool", pool_threads)
timed("io pool", lambda: sorted(ThreadPoolExecutor(8).map(io_bound, range(8))))

def procs():
    with multiprocessing.Pool(2) as p:
        return p.map(cpu_bound, [N] * 4)

def proc_exec():
    with ProcessPoolExecutor(max_workers=2) as ex:
        futs = [ex.submit(cpu_bound, N) for _ in range(4)]
        return sorted(f.result() for f in as_completed(futs))

if __name__ == "__main__":
    timed("processes", procs)
    timed("process executor", proc_exec)
    print(threading.active_count() >= 1)
