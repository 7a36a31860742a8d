# time and gc modules: only properties of the values are printed (monotonicity,
# types, sleep lower bound), never the values themselves.
import time
import gc

t0 = time.perf_counter()
m0 = time.monotonic()
w0 = time.time()
time.sleep(0.02)
t1 = time.perf_counter()
m1 = time.monotonic()
print(t1 > t0, t1 - t0 >= 0.015, m1 >= m0, time.time() >= w0)
print(type(time.time()).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10 ** 9, time.time() > 1.6e9)
c0 = time.process_time()
x = sum(i * i for i in range(100000))
print(time.process_time() >= c0, type(time.thread_time()).__name__, type(time.process_time_ns()).__name__)
print(time.perf_counter_ns() >= 0, type(time.thread_time_ns()).__name__)
time.sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())


class Node:
    def __init__(self):
        self.other = None


a, b = Node(), Node()
a.other, b.other = b, a                 # a reference cycle
del a, b
collected = gc.collect()
print(type(collected).__name__, collected >= 0)
print(type(gc.collect()).__name__)
