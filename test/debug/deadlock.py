import threading
a = threading.Lock()
a.acquire()
def f():
    a.acquire()
t = threading.Thread(target=f)
t.start()
t.join()
