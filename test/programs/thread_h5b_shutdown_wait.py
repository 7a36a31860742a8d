# The interpreter waits for non-daemon threads at exit, even when the main thread fails.
import threading
import sys

go = threading.Event()
results = []


def late_worker(n):
    go.wait()
    total = sum(range(n))
    results.append(total)
    print("worker finished", total)


class Reporter:
    def __del__(self):
        pass


t = threading.Thread(target=late_worker, args=(1000,))
t.start()
d = threading.Thread(target=late_worker, args=(10,), daemon=True)
print("main is about to fail; worker still waiting:", t.is_alive())
timer = threading.Timer(0.05, go.set)
timer.start()
raise SystemExit("main says goodbye")
