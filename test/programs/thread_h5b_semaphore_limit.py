# Semaphore-limited section: never more than 3 threads inside at once.
import threading
import time

sem = threading.Semaphore(3)
inside = 0
peak = 0
lock = threading.Lock()
done = []


def download(i):
    global inside, peak
    with sem:
        with lock:
            inside += 1
            peak = max(peak, inside)
        time.sleep(0.002)
        with lock:
            inside -= 1
            done.append(i)


ts = [threading.Thread(target=download, args=(i,)) for i in range(12)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("peak <= 3:", peak <= 3, "inside now:", inside)
print("done:", sorted(done))

bs = threading.BoundedSemaphore(2)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError:", e)
s0 = threading.Semaphore(0)
print("nonblocking:", s0.acquire(False), "timeout:", s0.acquire(timeout=0.01))
s0.release(3)
print("after release(3):", [s0.acquire(False) for _ in range(4)])
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    s0.release(0)
except ValueError as e:
    print("ValueError:", e)
