import threading
def explode():
    raise ValueError("kaboom")
t = threading.Thread(target=explode, name="boom-thread")
t.start()
t.join()
print("main goes on", t.is_alive())
