# Many threads sharing containers under locks; deep recursion and big objects inside threads.
import threading
import sys
import time

N = 64
shared = {}
bucket = []
lock = threading.Lock()


def fill(i):
    local = {}
    for j in range(50):
        local["k%d_%d" % (i, j)] = [i] * (j % 5)
    s = "".join(str(x) for x in range(i % 10))
    with lock:
        shared.update(local)
        bucket.append((i, s))


ts = [threading.Thread(target=fill, args=(i,)) for i in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), len(bucket), sum(len(v) for v in shared.values()))
print(sorted(bucket)[:3], sorted(bucket)[-1])


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


res = {}
def deep(i):
    res[i] = depth(400 + i)
ts = [threading.Thread(target=deep, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(res.items()))

caught = []
def too_deep():
    try:
        depth(100000)
    except RecursionError as e:
        caught.append(str(e))
t = threading.Thread(target=too_deep)
t.start()
t.join()
print(caught)

print("switch interval:", sys.getswitchinterval())
sys.setswitchinterval(0.001)
print("set:", sys.getswitchinterval())
sys.setswitchinterval(0.005)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep("1")
except TypeError as e:
    print("TypeError:", e)
time.sleep(0)
print("nested starts:")
levels = []
def spawn(level):
    levels.append(level)
    if level < 5:
        c = threading.Thread(target=spawn, args=(level + 1,))
        c.start()
        c.join()
spawn(0)
print(levels)
