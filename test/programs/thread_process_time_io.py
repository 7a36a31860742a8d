# time.process_time() counts the CPU of the threads that run Python: sleeping, alone or in
# threads, takes (almost) none, even while gilvm's executors start; it never goes back.
import threading
import time


def io(delay):
    time.sleep(delay)


p0 = time.process_time()
time.sleep(0.3)
print("sleeping main thread used < 0.1 s of CPU:", time.process_time() - p0 < 0.1)

p0 = time.process_time()
w0 = time.perf_counter()
threads = [threading.Thread(target=io, args=(0.3,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
wall = time.perf_counter() - w0
print("4 sleeping threads: wall >= 0.3 s:", wall >= 0.3, "CPU < 0.15 s:", time.process_time() - p0 < 0.15)

readings = [time.process_time() for _ in range(2000)]
print("never goes back:", all(a <= b for a, b in zip(readings, readings[1:])))
ns = [time.process_time_ns() for _ in range(100)]
print("process_time_ns is an int, monotonic:", type(ns[0]) is int, ns == sorted(ns))


def spin(n):
    total = 0
    for i in range(n):
        total += i
    return total


p0 = time.process_time()
spin(300_000)
print("a CPU-bound loop takes CPU:", time.process_time() - p0 > 0)
