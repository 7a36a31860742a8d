import threading

lock = threading.Lock()
lock.acquire()


def held():
    with lock:  # blocks inside a generator that sum() drives: a nested eval loop
        yield 1


def worker():
    print(sum(held()))


t = threading.Thread(target=worker, name="nested")
t.start()
t.join()
