# gilvm-nogil: --workers 2
# Threads whose target is a built-in (time.sleep, Event.wait, Queue.get ...), a common
# shortcut in tutorials: the waits must overlap, as CPython's do.
import threading
import time
import queue

warm = threading.Thread(target=lambda: None)
warm.start()
warm.join()

t0 = time.perf_counter()
sleepers = [threading.Thread(target=time.sleep, args=(0.3,)) for _ in range(5)]
for t in sleepers:
    t.start()
for t in sleepers:
    t.join()
elapsed = time.perf_counter() - t0
print("names:", [t.name for t in sleepers][:2])
print("five 0.3 s sleeps overlapped (sequential: 1.5 s):", elapsed < 0.6)

gate = threading.Event()
waiters = [threading.Thread(target=gate.wait) for _ in range(4)]
for t in waiters:
    t.start()
time.sleep(0.02)
print("waiting on the gate:", sum(t.is_alive() for t in waiters))
gate.set()
for t in waiters:
    t.join()
print("released:", sum(t.is_alive() for t in waiters))

q = queue.Queue()
getters = [threading.Thread(target=q.get, kwargs={"timeout": 5}) for _ in range(3)]
for t in getters:
    t.start()
for i in range(3):
    q.put(i)
for t in getters:
    t.join()
print("queue drained by get() targets:", q.qsize(), q.empty())

lock = threading.Lock()
lock.acquire()
t = threading.Thread(target=lock.acquire, kwargs={"timeout": 0.05})
t.start()
t.join()
print("acquire(timeout) target finished, lock still held:", lock.locked())
lock.release()

# f(*args, **kwargs) on a blocking built-in, the wrapper pattern
def call_with(func, *args, **kwargs):
    return func(*args, **kwargs)

t0 = time.perf_counter()
ws = [threading.Thread(target=call_with, args=(time.sleep, 0.3)) for _ in range(4)]
for t in ws:
    t.start()
for t in ws:
    t.join()
print("wrapped sleeps overlapped:", time.perf_counter() - t0 < 0.6)

results = []
t = threading.Thread(target=results.append, args=("appended by a built-in target",))
t.start()
t.join()
print(results)
t = threading.Thread(target=int, args=("not a number",), name="bad-int")
t.start()
t.join()
print("main continues")
