# Strict alternation between threads with a Condition: output order is fixed by the protocol.
import threading

cond = threading.Condition()
turn = [0]
N = 3
ROUNDS = 4


def player(me):
    for r in range(ROUNDS):
        with cond:
            while turn[0] % N != me:
                cond.wait()
            print("round", r, "player", me, "turn", turn[0])
            turn[0] += 1
            cond.notify_all()


ts = [threading.Thread(target=player, args=(i,)) for i in range(N)]
for t in reversed(ts):
    t.start()
for t in ts:
    t.join()
print("turns:", turn[0])

# notify(n) wakes at most n waiters
c2 = threading.Condition()
woken = []
arrived = threading.Semaphore(0)
def sleeper(i):
    with c2:
        arrived.release()
        c2.wait()
        woken.append(i)
ss = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for s in ss:
    s.start()
for _ in ss:
    arrived.acquire()
with c2:
    c2.notify(2)
while True:
    with c2:
        if len(woken) == 2:
            break
print("after notify(2):", len(woken))
with c2:
    c2.notify_all()
for s in ss:
    s.join()
print("after notify_all:", sorted(woken))

# event chain: each thread waits for the previous one's event
events = [threading.Event() for _ in range(5)]
out = []
def link(i):
    if i:
        events[i - 1].wait()
    out.append(i)
    events[i].set()
ls = [threading.Thread(target=link, args=(i,)) for i in range(5)]
for t in reversed(ls):
    t.start()
for t in ls:
    t.join()
print("chain:", out)
