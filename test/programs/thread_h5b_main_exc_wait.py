# An uncaught exception in the main thread: traceback, then non-daemon threads still finish.
import threading

go = threading.Event()


def worker():
    go.wait()
    print("worker ran to completion")


threading.Thread(target=worker).start()
threading.Timer(0.05, go.set).start()
print("main raising")
{}["missing"]
