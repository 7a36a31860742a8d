# The _thread module: start_new_thread, allocate_lock, get_ident; the main thread
# waits on a lock released by the last worker.
import _thread
import threading

done = _thread.allocate_lock()
done.acquire()
state = {"remaining": 4, "sum": 0}
state_lock = _thread.allocate_lock()


def job(n):
    with state_lock:
        state["sum"] += n * n
        state["remaining"] -= 1
        if state["remaining"] == 0:
            done.release()


for n in range(1, 5):
    _thread.start_new_thread(job, (n,))
done.acquire()
print(state)
print(type(_thread.get_ident()).__name__, _thread.get_ident() == threading.get_ident())
idents = []
idents_lock = threading.Lock()


def remember():
    with idents_lock:
        idents.append(threading.get_ident())


ts = [threading.Thread(target=remember) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(idents), threading.get_ident() not in idents)
lk = _thread.allocate_lock()
print(lk.acquire(False), lk.acquire(False), lk.locked())
lk.release()
print(lk.locked(), type(lk).__name__)
