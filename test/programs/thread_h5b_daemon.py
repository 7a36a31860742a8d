# Daemon threads: the program exits without waiting for a daemon stuck forever.
import threading
import time

block = threading.Event()
started = threading.Event()


def forever():
    started.set()
    block.wait()
    print("never printed")


d = threading.Thread(target=forever, daemon=True, name="bg")
print("daemon flag:", d.daemon, threading.current_thread().daemon)
d.start()
started.wait()
print("alive:", d.is_alive())
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)

# daemonic inheritance
inh = []
def parent():
    c = threading.Thread(target=lambda: None)
    inh.append(c.daemon)
p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
q = threading.Thread(target=parent)
q.start()
q.join()
print("inherits daemon:", inh)

def spinner():
    while True:
        time.sleep(0.001)
s = threading.Thread(target=spinner)
s.daemon = True
s.start()
print("active >= 3:", threading.active_count() >= 3)
print("bye")
