# gilvm-nogil: --workers 2
# Threads as CPython 3.11 runs them: the recursion limit counts threading.py's frames
# below a thread's target (_bootstrap, _bootstrap_inner, run), the main thread can be
# joined from another thread and is not alive once its code has ended, and an executor
# given a thread name prefix takes no number from ThreadPoolExecutor's counter.
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

depth = 0


def recurse(n):
    global depth
    depth = n
    recurse(n + 1)


def deepest(label):
    try:
        recurse(1)
    except RecursionError as e:
        print(label, depth, e)


t = threading.Thread(target=deepest, args=("target:",))
t.start()
t.join()


class Runner(threading.Thread):
    def run(self):
        deepest("run():")


for t in [Runner()]:
    t.start()
    t.join()
t = threading.Thread(target=deepest, args=["list args:"])
t.start()
t.join()
sys.setrecursionlimit(200)
t = threading.Thread(target=deepest, args=("limit 200:",))
t.start()
t.join()
sys.setrecursionlimit(1000)
deepest("main:")

with ThreadPoolExecutor(thread_name_prefix="pool") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor() as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())
with ThreadPoolExecutor(thread_name_prefix="") as ex:
    print(ex.submit(lambda: threading.current_thread().name).result())


def watcher():
    main = threading.main_thread()
    main.join()
    print("after the main thread ended:", main.is_alive(), "stopped" in repr(main))


print("main alive:", threading.main_thread().is_alive())
threading.Thread(target=watcher).start()
print("main ends")
