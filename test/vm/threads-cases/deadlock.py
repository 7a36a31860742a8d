import threading
lock = threading.Lock()
def grab():
    with lock:
        pass
lock.acquire()
t = threading.Thread(target=grab, name="grabber")
t.start()
t.join()
print("never")
