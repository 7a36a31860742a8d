# Lock-protected counters are exact; per-thread results collected into dicts and lists.
import threading

counter = 0
lock = threading.Lock()
hist = {}
words = []


def count(tid, n):
    global counter
    local_total = 0
    for i in range(n):
        with lock:
            counter += 1
        local_total += i
    with lock:
        hist[tid] = local_total
        words.extend("t%d-%d" % (tid, j) for j in range(3))


ts = [threading.Thread(target=count, args=(i, 2000 + i * 100)) for i in range(5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("counter:", counter, "expected:", sum(2000 + i * 100 for i in range(5)))
for k, v in sorted(hist.items()):
    print(k, v)
print(sorted(words))

# an explicit acquire/release counter plus list.append from many threads (atomic under both)
appends = []
class Account:
    def __init__(self):
        self.balance = 0
        self.lock = threading.Lock()
    def deposit(self, amount):
        self.lock.acquire()
        try:
            self.balance += amount
        finally:
            self.lock.release()
acct = Account()
def depositor(k):
    for _ in range(500):
        acct.deposit(k)
        appends.append(k)
ts = [threading.Thread(target=depositor, args=(k,)) for k in (1, 2, 3, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("balance:", acct.balance, "appends:", len(appends), sum(appends))
counts = {}
for a in appends:
    counts[a] = counts.get(a, 0) + 1
print(sorted(counts.items()))
