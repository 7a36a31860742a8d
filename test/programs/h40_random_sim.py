import random
import bisect
import heapq
import copy
from operator import itemgetter, attrgetter
from functools import cmp_to_key

random.seed(2024)
print(random.random(), random.randint(1, 6), random.randrange(0, 100, 5), random.uniform(1.5, 2.5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], random.choice(deck), random.sample(range(100), 5))
print(random.choices(["a", "b", "c"], weights=[5, 1, 1], k=8), round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6))
print(random.getrandbits(40), round(random.expovariate(0.5), 6), round(random.triangular(0, 10, 3), 6), random.randbytes(3) if hasattr(random, "randbytes") else b"")
rng = random.Random(7)
print([rng.randint(0, 9) for _ in range(10)], rng.choice("xyz"))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
random.seed("text seed")
print(random.random())
random.seed(10**30)
print(random.randint(0, 10**20))

rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(1000)]
hist = {s: rolls.count(s) for s in range(2, 13)}
for s, c in hist.items():
    print(f"{s:>2} {'#' * (c // 10)} {c}")

grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, sc)] for sc in (33, 99, 77, 70, 89, 90, 100)])
ordered = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(ordered, v)
print(ordered, bisect.bisect_left(ordered, 1), bisect.bisect_right(ordered, 1))
heap = []
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    heapq.heappush(heap, item)
print([heapq.heappop(heap) for _ in range(2)], heapq.nlargest(2, [5, 9, 1, 7]), heapq.nsmallest(2, "zyxab"))
h = [9, 4, 7, 1]
heapq.heapify(h)
print(h[0], heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), sorted(h), list(heapq.merge([1, 4], [2, 3])))
people = [{"name": "x", "age": 30}, {"name": "y", "age": 25}, {"name": "z", "age": 30}]
print(sorted(people, key=itemgetter("age", "name")), itemgetter(1, 0)("ab"))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return self.n
ps = [P("q", 3), P("r", 1)]
print(sorted(ps, key=attrgetter("a")), attrgetter("n")(ps[0]))
def cmp(x, y):
    return (len(x) > len(y)) - (len(x) < len(y)) or (x > y) - (x < y)
print(sorted(["bb", "a", "ccc", "ab"], key=cmp_to_key(cmp)))
orig = {"k": [1, [2, 3]], "t": (4, [5])}
shallow = copy.copy(orig)
deep = copy.deepcopy(orig)
orig["k"][1].append(99)
print(shallow["k"], deep["k"], deep["t"], deep is not orig)
random.seed(1)
print(random.sample(deck, k=3), random.randrange(10), random.choice([]))
