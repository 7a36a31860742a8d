import threading

lock = threading.Lock()
lock.acquire()


def keyed():
    sorted([1, 2], key=lambda x: lock.acquire())  # waits inside sorted(): a nested eval loop


threads = [threading.Thread(target=keyed, name=f"keyed{i}") for i in range(3)]
for t in threads:
    t.start()
print("started")
print(sum(1 for _ in iter(lambda: lock.acquire(), None)))  # and the main thread inside sum()
