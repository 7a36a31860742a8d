# gilvm-nogil: --workers 2
# CPU-bound vs I/O-bound work with and without threads; prints only deterministic facts.
import threading
import time
import sys


def count_primes(lo, hi):
    found = 0
    for n in range(max(lo, 2), hi):
        for d in range(2, int(n ** 0.5) + 1):
            if n % d == 0:
                break
        else:
            found += 1
    return found


def io_task(delay):
    time.sleep(delay)
    return delay


LIMIT = 6000
CHUNKS = 4

t0 = time.perf_counter()
sequential = count_primes(0, LIMIT)
seq_time = time.perf_counter() - t0

results = [0] * CHUNKS
def run_chunk(i):
    step = LIMIT // CHUNKS
    results[i] = count_primes(i * step, (i + 1) * step)

t0 = time.perf_counter()
threads = [threading.Thread(target=run_chunk, args=(i,)) for i in range(CHUNKS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
thr_time = time.perf_counter() - t0

print("primes below", LIMIT, "=", sequential)
print("per chunk:", results)
print("threaded result equals sequential result:", sum(results) == sequential)
print("timings are positive floats:", seq_time > 0 and thr_time > 0, type(seq_time).__name__)

# I/O-bound: 5 sleeps of 100 ms overlap in threads (the margins allow for a loaded machine)
t0 = time.perf_counter()
for _ in range(5):
    io_task(0.1)
io_seq = time.perf_counter() - t0

t0 = time.perf_counter()
ts = [threading.Thread(target=io_task, args=(0.1,)) for _ in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
io_thr = time.perf_counter() - t0
print("sequential sleeps took at least 0.5s:", io_seq >= 0.5)
print("threaded sleeps overlapped (< 0.35s):", io_thr < 0.35)
print("threads faster for I/O:", io_thr < io_seq)

cpu0 = time.process_time()
count_primes(0, 2000)
cpu1 = time.process_time()
print("process_time advanced:", cpu1 >= cpu0)
tt0 = time.thread_time()
time.sleep(0.2)
tt1 = time.thread_time()
print("thread_time barely moves while sleeping:", tt1 - tt0 < 0.1)
# thread_time is per thread: the main thread waiting in join() uses almost none of it
burners = [threading.Thread(target=count_primes, args=(0, 4000)) for _ in range(2)]
m0, w0 = time.thread_time(), time.perf_counter()
for t in burners:
    t.start()
for t in burners:
    t.join()
print("main's thread_time while joining is small:", time.thread_time() - m0 < 0.5 * (time.perf_counter() - w0))
interval = sys.getswitchinterval()
print("switch interval:", interval)
sys.setswitchinterval(0.001)
print("new interval:", sys.getswitchinterval())
sys.setswitchinterval(interval)
print("restored:", sys.getswitchinterval() == interval)
