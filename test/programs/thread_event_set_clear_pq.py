# gilvm-nogil: --workers 2
# Event.wait returns True when set() ran during the wait even if clear() followed (the
# auto-reset pattern wakes every waiter); queue.PriorityQueue pops as heapq does.
import threading, time, queue
e = threading.Event()
res = []
t = threading.Thread(target=lambda: res.append(e.wait(2)))
t.start()
time.sleep(0.1); e.set(); e.clear(); t.join()
print("woke:", res)

go = threading.Event()
woken = []
lock = threading.Lock()
def worker(i):
    go.wait()
    go.clear()
    with lock:
        woken.append(i)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts: t.start()
time.sleep(0.2)
go.set()
for t in ts: t.join()
print("all woke:", sorted(woken))
print("timeout:", threading.Event().wait(0.05))

class T:
    def __init__(s, p, n): s.p, s.n = p, n
    def __lt__(s, o): return s.p < o.p
q = queue.PriorityQueue()
for n in "abcdefg": q.put(T(1 if n in "acdg" else 2, n))
print([q.get().n for _ in range(7)])
