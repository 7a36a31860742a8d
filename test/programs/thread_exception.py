# An exception inside a thread is reported on stderr by threading.excepthook
# ("Exception in thread ...") and does not stop the main thread, which exits 0.
import threading


def faulty():
    raise ValueError("boom in worker")


t = threading.Thread(target=faulty, name="faulty-worker")
t.start()
t.join()
print("main thread continues after the worker failed")
print("worker alive:", t.is_alive())
