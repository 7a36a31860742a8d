# The lock types of _thread are C types in CPython: their error messages name them with
# the module ('_thread.lock', '_thread.RLock'), while __name__ and __qualname__ are the
# short names; threading's Condition, Event and Semaphore are Python classes, named
# plainly. The uncaught typo at the end shows the "Did you mean" suggestion.
import threading


def show(fn):
    try:
        print("ok", fn())
    except (AttributeError, TypeError, RuntimeError, ValueError) as e:
        print(type(e).__name__, e)


lock = threading.Lock()
rlock = threading.RLock()
show(lambda: lock.aquire)
show(lambda: rlock.aquire)
show(lambda: len(lock))
show(lambda: lock())
show(lambda: setattr(lock, "owner", 1))
show(lambda: lock[0])
show(lambda: lock < lock)
show(lambda: iter(rlock))
show(lambda: type(lock).missing)
show(lambda: lock.release())
show(lambda: rlock.release())
show(lambda: lock.acquire(1, 2, 3))
show(lambda: lock.acquire(blocking=False, timeout=1))
print(type(lock).__name__, type(lock).__qualname__, type(lock), type(lock).__module__)
print(type(rlock).__name__, type(rlock).__qualname__, type(rlock))
print(threading.Condition.__name__, threading.Event.__name__, threading.Semaphore.__name__)
show(lambda: threading.Event().sett())
show(lambda: threading.Condition().waitt)
show(lambda: threading.Semaphore().x)
show(lambda: threading.Thread().strat)
with lock:
    print("held", lock.locked())
print("released", lock.locked())
lock.aquire()
