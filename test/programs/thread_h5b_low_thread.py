# _thread directly: start_new_thread, allocate_lock as a done-signal, exit, errors.
import _thread
import threading
import time

lock = _thread.allocate_lock()
results = []
done = [_thread.allocate_lock() for _ in range(3)]
for d in done:
    d.acquire()


def work(i, d, scale=1):
    with lock:
        results.append(i * scale)
    d.release()


for i, d in enumerate(done):
    _thread.start_new_thread(work, (i, d), {"scale": 10})
for d in done:
    d.acquire()
print(sorted(results))
print(type(lock).__name__, isinstance(lock, _thread.LockType), lock.locked())


def quitter(d):
    d.release()
    _thread.exit()
    print("not reached")


d = _thread.allocate_lock()
d.acquire()
_thread.start_new_thread(quitter, (d,))
d.acquire()
print("thread exited quietly")
try:
    _thread.start_new_thread(work, [1])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(work, (1,), [])
except TypeError as e:
    print("TypeError:", e)
try:
    _thread.start_new_thread(42, ())
except TypeError as e:
    print("TypeError:", e)
print(isinstance(_thread.get_ident(), int), _thread.get_ident() == threading.get_ident())
print(_thread.TIMEOUT_MAX == threading.TIMEOUT_MAX, _thread.error is RuntimeError)
print(threading.stack_size())
print(isinstance(threading.get_native_id(), int))
rl = _thread.RLock()
print(rl.acquire(), rl.acquire(), rl._is_owned())
rl.release()
rl.release()
print(time.thread_time() >= 0, time.perf_counter_ns() > 0, isinstance(time.monotonic_ns(), int))
