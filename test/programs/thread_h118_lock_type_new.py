# CPython 3.11's _thread.lock type has no constructor: type(Lock())() and
# _thread.LockType() raise TypeError; locks come from threading.Lock() /
# _thread.allocate_lock(). RLock's type is constructible.
import threading
import _thread

for label, make in [
    ("type(Lock())()", lambda: type(threading.Lock())()),
    ("LockType()", lambda: _thread.LockType()),
    ("LockType(1)", lambda: _thread.LockType(1)),
    ("type(allocate_lock())()", lambda: type(_thread.allocate_lock())()),
]:
    try:
        make()
        print(label, "made a lock")
    except TypeError as e:
        print(label, "TypeError:", e)

r = type(threading.RLock())()
print(type(r).__name__, r.acquire(), r._is_owned())
r.release()

# the ordinary ways still make working locks, in threads too
locks = [threading.Lock(), _thread.allocate_lock(), _thread.allocate()]
print([type(l) is _thread.LockType for l in locks])
counts = [0, 0, 0]  # each lock guards its own count (under --no-gil threads run at once)


def work():
    for _ in range(200):
        for i, l in enumerate(locks):
            with l:
                counts[i] += 1


ts = [threading.Thread(target=work) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counts, [l.locked() for l in locks])
