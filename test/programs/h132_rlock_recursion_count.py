# gilvm-nogil:
# RLock._recursion_count() (CPython 3.11's _thread.RLock method): the owner's count, 0 for other threads
import threading, _thread
r = threading.RLock()
print(r._recursion_count())
r.acquire(); r.acquire(); r.acquire()
print(r._recursion_count())
out = []
t = threading.Thread(target=lambda: out.append(r._recursion_count())); t.start(); t.join()
print(out)
r.release()
print(r._recursion_count())
r.release(); r.release()
print(r._recursion_count(), _thread.RLock()._recursion_count())
try:
    r._recursion_count(1)
except TypeError as e:
    print("TypeError:", e)
