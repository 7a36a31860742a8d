# gilvm-nogil: --workers 2
# Daemon vs non-daemon threads at interpreter exit, and threads still printing at the end.
import threading
import time

log = []

def background_logger():
    while True:
        log.append("tick")
        time.sleep(0.005)

def finisher(name, delay):
    time.sleep(delay)
    print(f"{name} finished after the main code")

d = threading.Thread(target=background_logger, daemon=True, name="logger")
d.start()
print("daemon inherits from main?", threading.current_thread().daemon, d.daemon)

def spawn_child():
    child = threading.Thread(target=lambda: None)
    print("child of a daemon is daemon:", child.daemon)

threading.Thread(target=spawn_child, daemon=True).start()
time.sleep(0.02)

nd = threading.Thread(target=finisher, args=("worker", 0.05))
nd.start()
time.sleep(0.03)
print("logger ticked:", len(log) > 0)
print("main code done; non-daemon alive:", nd.is_alive())
# The interpreter waits for `worker` but not for `logger`.
