# 3000 random tuples of ints (small, 64-bit edges, beyond), floats, strs, bools and nested tuples:
# hash() as CPython's tuplehash over the items' 64-bit hashes (objects/numhash.ts tupleHashLane),
# and a dict keyed by such tuples. (hash(None) is left out: CPython 3.11 hashes its address.)
import random
random.seed(7)
def rv(d=0):
    k = random.randrange(9 if d < 2 else 6)
    if k == 0: return random.randrange(-2**31, 2**31)
    if k == 1: return random.randrange(-2**70, 2**70)
    if k == 2: return random.random() * 10 ** random.randrange(-5, 30)
    if k == 3: return "".join(chr(random.randrange(32, 0x2000)) for _ in range(random.randrange(0, 6)))
    if k == 4: return random.choice([True, False, -1, -2, 0, 1.0, -0.0, 2**63, -2**63, 2**64])
    if k == 5: return random.randrange(-5, 5)
    return tuple(rv(d + 1) for _ in range(random.randrange(0, 4)))
acc = 0
for i in range(3000):
    t = tuple(rv() for _ in range(random.randrange(0, 5)))
    h = hash(t)
    acc = (acc * 31 + h) % (2**61 - 1)
    if i % 500 == 0: print(i, h)
print(acc)
d = {}
for i in range(2000):
    t = (random.randrange(100), str(random.randrange(50)), random.random() < 0.5)
    d[t] = d.get(t, 0) + 1
print(len(d), sum(d.values()), list(d.items())[:5])
