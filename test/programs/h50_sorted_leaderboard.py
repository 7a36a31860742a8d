# gilvm-nogil: --workers 2
"""A live leaderboard: 4 judge threads insert scores into shared sorted lists with
bisect.insort / insort_left and no lock (each insort is one atomic step in CPython), and
a heap of the top entries is kept with heapq under a lock; rankings are then queried with
bisect. The final lists must be sorted and complete."""
import bisect
import heapq
import random
import sys
import threading

sys.setswitchinterval(1e-5)
N = 4
PER = 1500

scores = []
names = []
top = []
top_lock = threading.Lock()


def judge(w):
    rng = random.Random(100 + w)
    for i in range(PER):
        s = rng.randint(0, 100000)
        bisect.insort(scores, s)
        bisect.insort_left(names, (s % 97, f"j{w}-{i:04d}"))
        with top_lock:
            if len(top) < 10:
                heapq.heappush(top, (s, w, i))
            elif s > top[0][0]:
                heapq.heapreplace(top, (s, w, i))


ts = [threading.Thread(target=judge, args=(w,)) for w in range(N)]
for t in ts:
    t.start()
for t in ts:
    t.join()

expected = sorted(random.Random(100 + w).randint(0, 100000) for w in range(N) for _ in range(PER))
print("scores:", len(scores), "sorted:", scores == sorted(scores), "complete:", scores == expected)
print("names:", len(names), "sorted:", names == sorted(names), "unique:", len(set(names)) == len(names))
print("top 10:", [s for s, _, _ in sorted(top, reverse=True)])
print("top matches:", [s for s, _, _ in sorted(top, reverse=True)] == expected[-10:][::-1])


def rank(score):
    return len(scores) - bisect.bisect_right(scores, score)


for probe in (0, 50000, 99999, expected[-1]):
    print("better than", probe, ":", rank(probe))
lo = bisect.bisect_left(scores, 25000)
hi = bisect.bisect_right(scores, 75000)
print("between 25k and 75k:", hi - lo)
print("first names:", names[:3])

# insort with bounds and keys (single thread)
a = [10, 20, 30]
bisect.insort(a, 25, 0, 2)
bisect.insort(a, 5, 1)
bisect.insort_left(a, 20)
print(a)
rows = []
for name, age in [("ann", 31), ("bob", 25), ("cy", 31), ("di", 19)]:
    bisect.insort(rows, (name, age), key=lambda r: r[1])
print(rows)
try:
    bisect.insort(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect.insort([1, "x"], 2)
except TypeError as e:
    print("TypeError:", e)
