# Threads freeing objects with __del__ while other threads call gc.collect(): a collection
# made while another thread's __del__ runs (the GIL handed over inside it) must not take
# objects whose deallocation is already queued (they were freed twice: an internal error).
import gc
import threading

count = 0
count_lock = threading.Lock()


class Obj:
    def __del__(self):
        global count
        with count_lock:
            count += 1


def work():
    for _ in range(20):
        objs = [Obj() for _ in range(3000)]
        del objs
        gc.collect()


threads = [threading.Thread(target=work) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("finalized", count)
