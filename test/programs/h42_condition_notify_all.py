# gilvm-nogil: --workers 2
# Condition variables: a producer broadcasts with notify_all, consumers wait_for their turn.
import threading
import collections

buffer = collections.deque()
cond = threading.Condition()
done = False
consumed = collections.defaultdict(list)
wakeups = collections.Counter()


def producer(items):
    global done
    for item in items:
        with cond:
            buffer.append(item)
            cond.notify_all()
    with cond:
        done = True
        cond.notify_all()


def consumer(name, parity):
    while True:
        with cond:
            ok = cond.wait_for(lambda: done or any(x % 2 == parity for x in buffer), timeout=5)
            wakeups[name] += 1
            if not ok:
                print(name, "timed out")
                return
            mine = [x for x in buffer if x % 2 == parity]
            for x in mine:
                buffer.remove(x)
            consumed[name].extend(mine)
            if done and not any(x % 2 == parity for x in buffer):
                return


consumers = [threading.Thread(target=consumer, args=("even", 0)),
             threading.Thread(target=consumer, args=("odd", 1))]
for c in consumers:
    c.start()
p = threading.Thread(target=producer, args=(range(20),))
p.start()
p.join()
for c in consumers:
    c.join()

print("even:", sorted(consumed["even"]))
print("odd:", sorted(consumed["odd"]))
print("left in buffer:", list(buffer))
print("each consumer woke at least once:", all(wakeups[n] >= 1 for n in ("even", "odd")))

# wait() with a timeout and nobody notifying returns False
c2 = threading.Condition(threading.Lock())
with c2:
    print("wait timed out ->", c2.wait(timeout=0.01))
try:
    c2.notify()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c2.wait(0.01)
except RuntimeError as e:
    print("RuntimeError:", e)

# notify(n) wakes exactly n waiters
cond3 = threading.Condition()
ready = 0
woken = []
def waiter(i):
    global ready
    with cond3:
        ready += 1
        cond3.notify_all()
        cond3.wait()
        woken.append(i)
ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
with cond3:
    cond3.wait_for(lambda: ready == 4)
    cond3.notify(2)
import time
time.sleep(0.05)
with cond3:
    print("woken after notify(2):", len(woken))
    cond3.notify_all()
for w in ws:
    w.join()
print("all woken:", sorted(woken))
