# Event, Condition, Semaphore, Barrier and a thread-local, used so that every
# printed line is independent of scheduling.
import threading

ready = threading.Event()
print(ready.is_set(), ready.wait(timeout=0.01))
observed = []


def waiter():
    ready.wait()
    observed.append("released")


ts = [threading.Thread(target=waiter) for _ in range(3)]
for t in ts:
    t.start()
ready.set()
for t in ts:
    t.join()
print(ready.is_set(), observed)
ready.clear()
print(ready.is_set())

cond = threading.Condition()
items = []


def consumer(out):
    with cond:
        cond.wait_for(lambda: len(items) >= 3)
        out.append(sum(items))


out = []
c = threading.Thread(target=consumer, args=(out,))
c.start()
for v in (10, 20, 30):
    with cond:
        items.append(v)
        cond.notify_all()
c.join()
print(out)

sem = threading.Semaphore(2)
inside = 0
max_inside = 0
count_lock = threading.Lock()


def limited():
    global inside, max_inside
    with sem:
        with count_lock:
            inside += 1
            max_inside = max(max_inside, inside)
        for _ in range(1000):
            pass
        with count_lock:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("max inside semaphore <= 2:", max_inside <= 2, "final inside:", inside)

barrier = threading.Barrier(3)
phases = []
phase_lock = threading.Lock()


def phased(i):
    with phase_lock:
        phases.append(("before", i))
    barrier.wait()
    with phase_lock:
        phases.append(("after", i))


ts = [threading.Thread(target=phased, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
kinds = [k for k, _ in phases]
print(kinds[:3] == ["before"] * 3, kinds[3:] == ["after"] * 3)

local = threading.local()
local.value = "main"
seen = []


def set_local(v):
    local.value = v
    seen.append(local.value)


ts = [threading.Thread(target=set_local, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(local.value, sorted(seen))
