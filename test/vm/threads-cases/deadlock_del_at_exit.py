# A deadlock whose victim holds a lock that a finalizer run at exit needs: the report,
# then the finalizer's wait is found hopeless (no thread runs any more), exit 1.
import threading

held = threading.Lock()


class NeedsLock:
    def __del__(self):
        with held:
            print("never")


def main():
    obj = NeedsLock()

    def worker():
        nonlocal obj
        held.acquire()
        obj = None  # NeedsLock dies now (GIL) or at the next safe point (--no-gil)
        held.acquire()  # waits for itself: deadlock

    t = threading.Thread(target=worker, name="victim")
    t.start()
    t.join()


main()
