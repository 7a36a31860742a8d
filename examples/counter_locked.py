# A shared counter protected by threading.Lock: N threads x M increments.
#
# `counter += 1` is a read-modify-write of several bytecodes; a thread switch between
# the read and the write can lose an update. The GIL does not make it atomic; the Lock
# does. With the lock the total is exact in every mode (GIL or no GIL), and the
# program asserts it.
import threading

THREADS = 4
INCREMENTS = 100_000

counter = 0
lock = threading.Lock()


def worker():
    global counter
    for _ in range(INCREMENTS):
        with lock:
            counter += 1


threads = [threading.Thread(target=worker) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = THREADS * INCREMENTS
assert counter == expected, f"lost {expected - counter} updates"
print(f"counter = {counter} (expected {expected})")
