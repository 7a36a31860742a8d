# gilvm-nogil: --workers 2
# The classic GIL lesson: shared counters with and without a lock, and what the GIL protects.
import sys
import threading
import time

print("gil_enabled is a bool:", isinstance(True, bool))
gil_enabled = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
print("switch interval is a float:", isinstance(sys.getswitchinterval(), float))

N_THREADS = 4
N_INCR = 20000

counter = 0
lock = threading.Lock()


def safe_increment():
    global counter
    for _ in range(N_INCR):
        with lock:
            counter += 1


threads = [threading.Thread(target=safe_increment) for _ in range(N_THREADS)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
print("locked counter:", counter, "expected:", N_THREADS * N_INCR, counter == N_THREADS * N_INCR)

# list.append is atomic: no updates are lost even without a lock
items = []
def appender(tag):
    for i in range(5000):
        items.append((tag, i))
threads = [threading.Thread(target=appender, args=(k,)) for k in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("appended:", len(items), "per thread:", sorted({tag: sum(1 for t, _ in items if t == tag) for tag in range(N_THREADS)}.values()))

# dict updates with a lock per key group
totals = {}
totals_lock = threading.Lock()
def tally(words):
    for w in words:
        with totals_lock:
            totals[w] = totals.get(w, 0) + 1
text = "the quick brown fox jumps over the lazy dog the end".split()
threads = [threading.Thread(target=tally, args=(text,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("word totals:", sorted(totals.items()))

# A read-modify-write with a call in between loses updates without the lock in
# CPython; we only print whether the final value is at most the expected one.
unsafe = 0
def unsafe_increment():
    global unsafe
    for _ in range(2000):
        value = unsafe
        time.sleep(0)
        unsafe = value + 1
threads = [threading.Thread(target=unsafe_increment) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("unsafe counter never exceeds expected:", unsafe <= 6000, "and is positive:", unsafe > 0)

old = sys.getswitchinterval()
sys.setswitchinterval(1e-6)
print("tiny interval accepted:", sys.getswitchinterval() > 0)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setswitchinterval(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setswitchinterval("fast")
except TypeError as e:
    print("TypeError:", e)
sys.setswitchinterval(old)
print("restored:", sys.getswitchinterval() == old)
