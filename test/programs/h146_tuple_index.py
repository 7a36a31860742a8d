# gilvm-nogil:
# Tuple subscripts with int keys: the eval loop's exact-tuple fast path and the general way
# (bools, big ints, subclasses, namedtuples), their errors, and tuples shared by threads.
import threading
from collections import namedtuple

t = (10, 'a', None, (1, 2), 3.5)
print(t[0], t[1], t[2], t[3], t[4])
print(t[-1], t[-5], t[3][1], t[-2][-1])
for k in (5, -6, 100, -100):
    try:
        t[k]
    except IndexError as e:
        print(k, type(e).__name__, e)
print(t[True], t[False])
try:
    t[10**20]
except IndexError as e:
    print('big', e)
try:
    t['x']
except TypeError as e:
    print(e)
try:
    ()[0]
except IndexError as e:
    print('empty', e)

class MyTuple(tuple):
    def __getitem__(self, k):
        return ('mine', tuple.__getitem__(self, k))

m = MyTuple((7, 8))
print(m[0], m[-1])
P = namedtuple('P', 'x y')
p = P(3, 4)
print(p[0], p[1], p[-1], p.x)

class Idx:
    def __index__(self):
        return 1

print(t[Idx()])
total = 0
for i in range(-5, 5):
    v = t[i]
    total += v if isinstance(v, int) else 0
print(total)

# the same tuples read by several threads at once (immutable: no lock)
shared = tuple(range(1000))
results = [0] * 4

def worker(n):
    s = 0
    for r in range(20):
        for i in range(-1000, 1000):
            s += shared[i]
    results[n] = s

threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print(results)
