# threading basics: Thread with target/args/kwargs, a Thread subclass with run(),
# start/join, is_alive, names, current_thread, active_count. Output printed only
# from the main thread after joins, so it does not depend on scheduling.
import threading

results = {}


def square_sum(label, n, *, scale=1):
    total = 0
    for i in range(n):
        total += i * i
    results[label] = total * scale


threads = [threading.Thread(target=square_sum, args=(f"job{k}", 1000 * (k + 1)), kwargs={"scale": k + 1})
           for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads])


class Worker(threading.Thread):
    def __init__(self, numbers):
        super().__init__(name=f"worker-{len(numbers)}")
        self.numbers = numbers
        self.result = None

    def run(self):
        self.result = sum(self.numbers)


workers = [Worker(list(range(n))) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.name, w.result) for w in workers])
main = threading.current_thread()
print(main.name, main is threading.main_thread(), threading.active_count())
seen_names = []
seen_lock = threading.Lock()


def record():
    with seen_lock:
        seen_names.append(threading.current_thread().name)


named = [threading.Thread(target=record, name=f"T{i}") for i in range(5)]
for t in named:
    t.start()
for t in named:
    t.join()
print(sorted(seen_names))
t = threading.Thread(target=lambda: None)
print(t.is_alive())
t.start()
t.join()
print(t.is_alive(), threading.active_count())
try:
    t.start()
except RuntimeError as e:
    print(type(e).__name__, e)
daemon = threading.Thread(target=lambda: None, daemon=True)
print(daemon.daemon)
daemon.start()
daemon.join(timeout=5)
print("joined daemon:", not daemon.is_alive())
