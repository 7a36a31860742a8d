# The main thread's uncaught exception is reported first, then atexit callbacks run with
# a daemon thread still running; the exit status stays the exception's.
import atexit
import threading

released = threading.Event()
log = []


def waiter():
    released.wait()
    log.append('worker released')


t = threading.Thread(target=waiter, daemon=True)
t.start()


def callback():
    released.set()
    t.join()
    log.append('joined')
    print(log)


atexit.register(callback)
# the thread starts inside a nested call and the module ends in the same slice
sorted([2, 1], key=lambda v: threading.Thread(target=log.append, args=('nested',)).start() if v == 1 else 0)
