# gilvm: --switch-interval 5
# gilvm-nogil: --workers 4
import threading
from collections import deque, defaultdict, Counter

shared_list = []
shared_dict = {}
shared_set = set()
dq = deque()
consumed = []
index = defaultdict(list)
N = 2000
T = 6

def producer(tid):
    for i in range(N):
        shared_list.append((tid, i))
        shared_dict[(tid, i)] = i
        shared_set.add(i % 97 + tid * 1000)
        dq.append(i)
        if i % 3 == 0:
            index[i % 10].append(tid)

def consumer(tid):
    got = 0
    while got < N // 2:
        try:
            consumed.append(dq.popleft())
            got += 1
        except IndexError:
            pass

threads = [threading.Thread(target=producer, args=(t,)) for t in range(T)]
threads += [threading.Thread(target=consumer, args=(t,)) for t in range(T)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared_list), len(shared_dict), len(shared_set), len(dq) + len(consumed))
print(sum(shared_dict.values()), sum(consumed) + sum(dq) == T * sum(range(N)))
print(sorted(len(v) for v in index.values()), sum(len(v) for v in index.values()))
per_thread = defaultdict(int)
for tid, i in shared_list:
    per_thread[tid] += 1
print(dict(sorted(per_thread.items())))
ordered = all(
    [i for t, i in shared_list if t == tid] == list(range(N)) for tid in range(T)
)
print(ordered)

words = ("alpha beta gamma delta " * 500).split()
counts = {}
lock = threading.Lock()
def count(chunk):
    local = {}
    for w in chunk:
        local[w] = local.get(w, 0) + 1
    with lock:
        for k, v in local.items():
            counts[k] = counts.get(k, 0) + v
chunks = [words[i::4] for i in range(4)]
ts = [threading.Thread(target=count, args=(c,)) for c in chunks]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(counts.items()))
big = list(range(10000))
def mutate(k):
    for _ in range(500):
        big.pop()
        big.insert(0, -1)
ts = [threading.Thread(target=mutate, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(big), big.count(-1), big[-1])
d2 = {i: i for i in range(1000)}
def churn(k):
    for i in range(k, 1000, 4):
        del d2[i]
        d2[str(i)] = i
ts = [threading.Thread(target=churn, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d2), all(isinstance(k, str) for k in d2), sum(d2.values()))

# a shared Counter fed by update(iterable) from several threads: one C call in CPython
tally = Counter()
groups = defaultdict(list)
def tally_words(chunk, tid):
    tally.update(chunk)
    for w in chunk[:200]:
        groups[w].append(tid)
text = ("red green blue red yellow green red " * 300).split()
ts = [threading.Thread(target=tally_words, args=(text[i::5], i)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
# (ties among equal counts are in first-insertion order, which racing threads decide)
print(sorted(tally.most_common(), key=lambda kv: (-kv[1], kv[0])), tally.total())
print(sorted((k, len(v)) for k, v in groups.items()))
