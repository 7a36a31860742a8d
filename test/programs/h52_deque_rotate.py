# gilvm-nogil: --workers 2
# deque.rotate moves items end to end in one native step, O(min(n, size - n)), checked
# against a list model through random rotations, appends and pops
from collections import deque
import random
rng = random.Random(5)
ref = list(range(23))
d = deque(ref)
for step in range(400):
    op = rng.randrange(6)
    if op == 0:
        n = rng.randrange(-60, 60); d.rotate(n)
        if ref: n %= len(ref); ref[:] = ref[-n:] + ref[:-n] if n else ref
    elif op == 1:
        x = rng.randrange(100); d.append(x); ref.append(x)
    elif op == 2:
        x = rng.randrange(100); d.appendleft(x); ref.insert(0, x)
    elif op == 3 and ref:
        assert d.pop() == ref.pop()
    elif op == 4 and ref:
        assert d.popleft() == ref.pop(0)
    else:
        d.rotate(); 
        if ref: ref[:] = ref[-1:] + ref[:-1]
    assert list(d) == ref, (step, list(d), ref)
print(list(d), len(d))
e = deque(); e.rotate(5); print(e)
f = deque([1]); f.rotate(-3); print(f)
g = deque(range(10), maxlen=10); g.rotate(3); print(g); g.rotate(-13); print(g); g.rotate(2**62 + 1); print(g)
try: g.rotate(1.5)
except TypeError as x: print(x)
h = deque(range(5))
it = iter(h); next(it); h.rotate(0)
try: next(it)
except RuntimeError as x: print(x)
q = deque(range(6))
order = []
for _ in range(12):
    order.append(q[0]); q.rotate(-1)
print(order, q)
try:
    g.rotate(10**30)
except OverflowError as x:
    print('OverflowError', x)
big = deque(range(100000))
for _ in range(1000):
    big.rotate(1)
for _ in range(300):
    big.rotate(-1)
print(big[0], big[-1], len(big), big[99999 - 700])
