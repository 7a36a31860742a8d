# gilvm-nogil: --workers 2
"""Parallel number crunching: work split over threads, results merged deterministically."""
import threading
from collections import Counter, defaultdict
import math


def chunks(seq, n):
    k, r = divmod(len(seq), n)
    out, start = [], 0
    for i in range(n):
        end = start + k + (1 if i < r else 0)
        out.append(seq[start:end])
        start = end
    return out


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(self.rows), len(self.rows[0]) if rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        if self.m != other.n:
            raise ValueError(f"shape mismatch: {self.n}x{self.m} * {other.n}x{other.m}")
        cols = list(zip(*other.rows))
        result = [None] * self.n

        def work(idx):
            for i in idx:
                result[i] = [sum(a * b for a, b in zip(self.rows[i], c)) for c in cols]

        threads = [threading.Thread(target=work, args=(part,)) for part in chunks(range(self.n), 3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return Matrix(result)

    __rmul__ = __mul__

    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result * base
            base = base * base
            k >>= 1
        return result

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{w}}" for x in r) + "]" for r in self.rows)


fibm = Matrix([[1, 1], [1, 0]]) ** 300
print(fibm.rows[0][1])
print(fibm.rows[0][1] == fibm.rows[1][0], len(str(fibm.rows[0][0])))
a = Matrix([[i * 4 + j for j in range(4)] for i in range(5)])
b = Matrix([[(i - j) % 3 for j in range(3)] for i in range(4)])
print(a * b)
print(2 * Matrix.identity(3) == Matrix.identity(3) * 2, (a * b) * 0.5 == 0.5 * (a * b))
try:
    b * a
except ValueError as e:
    print("ValueError:", e)

# word frequencies: per-thread Counters merged, plus a shared one under a lock
TEXT = ("the quick brown fox jumps over the lazy dog and the dog sleeps while the fox "
        "runs far away from the quick hunter who never sleeps ") * 20
words = TEXT.split()
shared = Counter()
lock = threading.Lock()
partials = {}
lengths = defaultdict(set)


def count_words(tid, part):
    local = Counter(part)
    with lock:
        shared.update(part)
        for w in part:
            lengths[len(w)].add(w)
    partials[tid] = local


ts = [threading.Thread(target=count_words, args=(i, p)) for i, p in enumerate(chunks(words, 4))]
for t in ts:
    t.start()
for t in ts:
    t.join()
merged = sum(partials.values(), Counter())
print(merged == shared == Counter(words), shared.most_common(4))
print({k: sorted(v) for k, v in sorted(lengths.items())})

# primes by segmented trial division, each thread owning a segment
found = []
flock = threading.Lock()


def primes_in(lo, hi):
    mine = [n for n in range(max(lo, 2), hi) if all(n % p for p in range(2, math.isqrt(n) + 1))]
    with flock:
        found.extend(mine)


segs = [(i * 2500, (i + 1) * 2500) for i in range(4)]
ts = [threading.Thread(target=primes_in, args=s) for s in segs]
for t in ts:
    t.start()
for t in ts:
    t.join()
found.sort()
print(len(found), found[:8], found[-3:], sum(found))

# objects created by one thread and dropped by another
class Node:
    live = 0
    lock = threading.Lock()

    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
        with Node.lock:
            Node.live += 1

    def __del__(self):
        with Node.lock:
            Node.live -= 1


handoff = []
ready = threading.Event()


def builder():
    head = None
    for i in range(500):
        head = Node(i, head)
    handoff.append(head)
    ready.set()


def consumer(out):
    ready.wait()
    head = handoff.pop()
    total = 0
    while head is not None:
        total += head.v
        head = head.nxt
    out.append(total)


res = []
t1 = threading.Thread(target=builder)
t2 = threading.Thread(target=consumer, args=(res,))
t2.start()
t1.start()
t1.join()
t2.join()
print(res, Node.live)
big = [str(2 ** i) for i in range(200)]
joined = []
def joiner(part):
    s = "|".join(part)
    with lock:
        joined.append((part[0], len(s)))
ts = [threading.Thread(target=joiner, args=(p,)) for p in chunks(big, 5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(joined, key=lambda x: int(x[0])))
