# threading's smaller functions and the lock aliases, with CPython's values and messages.
import _thread
import threading
import time

print(threading.gettrace(), threading.getprofile())
threading.settrace(print)
threading.setprofile(len)
print(threading.gettrace() is print, threading.getprofile() is len)
threading.settrace(None)
threading.setprofile(None)
print(threading.stack_size(), threading.stack_size(65536), threading.stack_size())
for bad in (-1, 1000):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(n for n in threading.__all__ if n.startswith(("get", "set"))))

lock = _thread.allocate_lock()
print(lock.acquire_lock(), lock.locked_lock(), lock.locked())
lock.release_lock()
print(lock.locked_lock())

for secs in (1e20, float("inf"), 10 ** 19, 9223372037):
    try:
        time.sleep(secs)
    except OverflowError as e:
        print(type(secs).__name__, "OverflowError:", e)
for secs in (-1, float("nan")):
    try:
        time.sleep(secs)
    except ValueError as e:
        print("ValueError:", e)
