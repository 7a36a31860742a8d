# gilvm-nogil: --workers 2
# Condition() over its default RLock, handed to and fro between threads: wait() releases
# the RLock while another thread (another executor under --no-gil) takes it at once.
# The release must clear the count before the owner word, or the taker's count is lost
# and the RLock stays owned by a thread that released it (a false "Fatal: deadlock").
import threading
import collections

cv = threading.Condition()
buf = collections.deque()
consumed = []

def consumer(n):
    got = 0
    while got < n:
        with cv:
            while not buf:
                cv.wait()
            consumed.append(buf.popleft())
            got += 1
            cv.notify_all()

def producer(base, n):
    for i in range(n):
        with cv:
            while len(buf) >= 1:
                cv.wait()
            buf.append(base + i)
            cv.notify_all()

threads = [threading.Thread(target=consumer, args=(30,)) for _ in range(3)]
threads += [threading.Thread(target=producer, args=(k * 1000, 45)) for k in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(consumed), sum(consumed), len(buf))

# taking turns: each thread waits for its turn, so the RLock changes hands at every step
turn = [0]
PLAYERS = 3

def player(me):
    for _ in range(30):
        with cv:
            cv.wait_for(lambda: turn[0] % PLAYERS == me)
            turn[0] += 1
            cv.notify_all()

players = [threading.Thread(target=player, args=(i,)) for i in range(PLAYERS)]
for t in players:
    t.start()
for t in players:
    t.join()
print(turn[0], cv._is_owned())
