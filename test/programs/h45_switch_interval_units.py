# gilvm-nogil: --workers 2
# sys.setswitchinterval keeps CPython's unit, whole microseconds, and getswitchinterval
# reads it back as 1e-6 * microseconds; an interval past 53 s (2**31 instructions at
# gilvm's rate) read back negative and made every slice one instruction long.
import sys
import threading

default = sys.getswitchinterval()
print("default:", default)
for seconds in [0.001, 0.1, 1e-7, 1.5e-6, 0.0123456789, 2, True, 60, 100, 1e6]:
    sys.setswitchinterval(seconds)
    print(seconds, "->", sys.getswitchinterval())
for bad in [0, -0.5, -1]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    sys.setswitchinterval("1")
except TypeError as e:
    print("TypeError:", e)

# "turn the switching off": two CPU-bound threads under a 100 s interval still finish
sys.setswitchinterval(100)
totals = []
def count(n):
    s = 0
    for i in range(n):
        s += i
    totals.append(s)
threads = [threading.Thread(target=count, args=(20000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals, sys.getswitchinterval())
sys.setswitchinterval(default)
print("restored:", sys.getswitchinterval() == default)
