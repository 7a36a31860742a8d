# The same shared counter WITHOUT a lock, to show that the GIL does not protect
# read-modify-write sequences.
#
# The switch interval is made tiny (sys.setswitchinterval(1e-6)) and the update is
# split into a read, a function call and a write, so a thread switch between read and
# write is likely: another thread's increments are then overwritten ("lost updates").
# Whether and how many updates are lost varies from run to run (CPython 3.11 at the
# default interval usually loses none), so only the last line says yes/no.
import sys
import threading

THREADS = 4
INCREMENTS = 50_000

sys.setswitchinterval(1e-6)
counter = 0


def incremented(value):
    return value + 1


def worker():
    global counter
    for _ in range(INCREMENTS):
        current = counter                 # read
        current = incremented(current)    # a call between read and write
        counter = current                 # write


threads = [threading.Thread(target=worker) for _ in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
expected = THREADS * INCREMENTS
print(f"expected {expected}, got {counter}")
print(f"lost updates: {'yes' if counter != expected else 'no'}")
