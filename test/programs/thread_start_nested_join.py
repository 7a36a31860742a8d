# Threads started from a nested call (f(*args), a class's __init__) and then joined from
# inside a generator consumed by sum(): the program switches to the scheduler in time.
import threading
import time

threads = []
results = []


def launch(delay):
    t = threading.Thread(target=lambda: (time.sleep(delay), results.append(delay)))
    t.start()
    threads.append(t)


for d in (0.03, 0.01, 0.02):
    launch(*(d,))
print(sum(t.join() or 1 for t in threads), sorted(results))


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.out = None
        self.start()

    def run(self):
        self.out = self.n * self.n


workers = [Worker(n) for n in range(5)]
print(list(w.join() or w.out for w in workers))
print(max(w.join() or w.n for w in map(Worker, range(3))))
