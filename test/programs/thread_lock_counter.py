# A Lock-protected shared counter: N threads x M increments must give exactly N*M.
# Also RLock re-entrancy, acquire(blocking=False), and `with lock:`.
import threading

N_THREADS = 8
INCREMENTS = 2000
counter = 0
lock = threading.Lock()


def work():
    global counter
    for _ in range(INCREMENTS):
        with lock:
            counter += 1


threads = [threading.Thread(target=work) for _ in range(N_THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert counter == N_THREADS * INCREMENTS, counter
print("counter =", counter)
print(lock.locked())
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print(type(e).__name__, e)
rlock = threading.RLock()


def nested(depth):
    with rlock:
        if depth == 0:
            return "bottom"
        return nested(depth - 1)


print(nested(5))
print(rlock.acquire(), rlock.acquire(), rlock.release(), rlock.release())
totals = {}
totals_lock = threading.Lock()


def tally(key, amount):
    for _ in range(amount):
        with totals_lock:
            totals[key] = totals.get(key, 0) + 1


ts = [threading.Thread(target=tally, args=(k % 3, 500)) for k in range(9)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals.items()))
assert sum(totals.values()) == 9 * 500
