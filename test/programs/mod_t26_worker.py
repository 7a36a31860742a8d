# imported by thread_t26_nested_start.py: a module body that starts and joins a thread
import threading

results = []


def work(n):
    results.append(n * 2)


t = threading.Thread(target=work, args=(5,))
t.start()
t.join()
print("module import done", results)
