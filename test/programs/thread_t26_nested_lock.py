# Double-checked locking in __new__ (the lock is taken inside a nested eval loop): with
# several threads waiting for the lock in nested loops on one executor's stack, the
# release's wake may go to a waiter buried under another one; the waiter on top sees the
# lock free and takes it (before: a hang, mostly with --no-gil).
import threading


class Singleton:
    _instance = None
    _lock = threading.Lock()

    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    for _ in range(2000):
                        pass
                    cls._instance = super().__new__(cls)
        return cls._instance


class Counter:
    def __init__(self, lock, box):
        with lock:
            box[0] += 1
            for _ in range(500):
                pass


for rnd in range(5):
    Singleton._instance = None
    inst = []
    ts = [threading.Thread(target=lambda: inst.append(Singleton())) for _ in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(len(set(map(id, inst))), len(inst))

lock = threading.Lock()
box = [0]
ts = [threading.Thread(target=lambda: [Counter(lock, box) for _ in range(20)]) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(box)
