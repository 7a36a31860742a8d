# A monitor thread copies a deque that two producers keep appending to: list(dq),
# sorted(dq), sum(dq), max(dq), tuple(dq) and unpacking take the items in one step, as
# CPython's C deque iterator runs inside those natives under the GIL ("deque mutated during
# iteration" is only for a Python-level loop that sees the deque change between steps).
import threading
from collections import deque

dq = deque(maxlen=500)
done = threading.Event()
errors = []
copies = 0


def producer(base):
    for i in range(20000):
        dq.append(base + i)


def monitor():
    global copies
    while not done.is_set():
        try:
            items = list(dq)
            s = sorted(dq)
            total = sum(dq)
            t = tuple(dq)
            if dq:
                max(dq)
            if len(items) > 500 or len(s) > 500 or len(t) > 500 or total < 0:
                errors.append('size')
            copies += 1
        except RuntimeError as e:
            errors.append(str(e))


mon = threading.Thread(target=monitor)
mon.start()
producers = [threading.Thread(target=producer, args=(k * 1000000,)) for k in range(2)]
for p in producers:
    p.start()
for p in producers:
    p.join()
done.set()
mon.join()
print('errors:', errors[:3], len(errors))
print('length:', len(dq), 'copied:', copies > 0)
