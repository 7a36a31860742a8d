import sys, threading
LOCKED = sys.argv[1] == "locked"
N, M = 4, 3000
counter = 0
lock = threading.Lock()
def bump():
    global counter
    for _ in range(M):
        if LOCKED:
            with lock:
                v = counter
                counter = v + 1
        else:
            v = counter
            counter = v + 1
ts = [threading.Thread(target=bump) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, N * M)
