import sys, threading
MODE = sys.argv[1]  # locked | unlocked (a call between read and write) | plain (counter += 1)
N, M = 4, 3000
counter = 0
lock = threading.Lock()
def plus_one(v):
    return v + 1
def bump():
    global counter
    for _ in range(M):
        if MODE == "locked":
            with lock:
                v = counter
                counter = v + 1
        elif MODE == "unlocked":
            v = counter
            counter = plus_one(v)
        else:
            counter += 1
ts = [threading.Thread(target=bump) for _ in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(counter, N * M)
