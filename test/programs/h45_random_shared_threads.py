# gilvm-nogil: --workers 2
# Threads drawing from the module's one shared generator: each call is one step (as
# CPython's C methods), so whatever the interleaving, all threads together draw exactly
# the numbers of the seeded sequence, none twice. With --no-gil two executors loaded the
# generator's position before either stored it back and drew the same numbers.
import random
import threading

def sequence(seed, draw, n):
    random.seed(seed)
    return sorted(draw() for _ in range(n))

def threaded(seed, draw, threads, per_thread):
    random.seed(seed)
    got = []
    def worker():
        mine = [draw() for _ in range(per_thread)]
        got.extend(mine)
    ts = [threading.Thread(target=worker) for _ in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(got)

draws = [
    ("random", random.random),
    ("randint", lambda: random.randint(1, 10 ** 9)),
    ("uniform", lambda: random.uniform(-1.0, 1.0)),
    ("gauss", lambda: random.gauss(0.0, 1.0)),
    ("getrandbits", lambda: random.getrandbits(40)),
]
for name, draw in draws:
    expected = sequence(42, draw, 1500)
    got = threaded(42, draw, 3, 500)
    print(name, got == expected, len(set(got)))

# each thread its own Random: independent sequences, as in CPython
def own(seed, out):
    r = random.Random(seed)
    out.append((seed, [r.randrange(100) for _ in range(5)]))
results = []
ts = [threading.Thread(target=own, args=(s, results)) for s in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
