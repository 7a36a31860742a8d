# A thread whose target is a built-in method that raises at once (no Python frame ever
# runs on the thread before the excepthook's): the report is printed, join returns, and
# the thread's data stack stays sound for the hook's frames.
import threading

lock = threading.Lock()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print("joined", t.is_alive(), lock.locked())

t2 = threading.Thread(target=threading.Lock().release, name="temp")
t2.start()
t2.join()
print("joined", t2.name)

held = threading.Lock()
held.acquire()
t3 = threading.Thread(target=held.release)
t3.start()
t3.join()
print("released by the thread:", not held.locked())

results = []
t4 = threading.Thread(target=results.append, args=(42,))
t4.start()
t4.join()
print(results)

t5 = threading.Thread(target=int, args=("x",))
t5.start()
t5.join()
print("done")
