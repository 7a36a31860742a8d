import threading

lock = threading.Lock()
shared = []


def worker(name):
    with lock:
        shared.append(name)


lock.acquire()
t = threading.Thread(target=worker, args=("w",), name="worker")
t.start()
shared.append("main")
lock.release()
t.join()
print(shared)
