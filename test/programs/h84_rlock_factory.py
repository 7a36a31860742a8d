# threading.RLock is a factory function, as in CPython: its lock's type is _thread.RLock
import threading, _thread
r = threading.RLock()
print(type(r).__name__, type(r).__module__, type(threading.RLock).__name__)
print(repr(r)[:30])
print(hasattr(_thread, "RLock"))
print(threading.RLock.__name__, threading.RLock.__module__)
try:
    isinstance(r, threading.RLock)
except TypeError as e:
    print("TypeError", e)
for a in [(1,), ()]:
    try:
        print(type(threading.RLock(*a)).__name__)
    except TypeError as e:
        print("TypeError", e)
c = threading.Condition()
print(type(c._lock).__name__ if hasattr(c, "_lock") else "?")
with threading.RLock() as l:
    print("held")
