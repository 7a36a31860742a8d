# gilvm-nogil:
# random.randint over small ints (the fast path), huge ranges, subclasses with and without
# overridden primitives, the errors, and threads drawing from one shared generator.
import random
random.seed(4242)
a = [random.randint(1, 6) for _ in range(20000)]
b = [random.randint(-2**29, 2**29) for _ in range(2000)]
c = [random.randint(5, 5) for _ in range(10)] + [random.randint(-(2**30), 2**30 - 1) for _ in range(100)]
class R(random.Random):
    pass
class G(random.Random):
    def random(self):
        return 0.5
r = R(7); g = G(7)
print(sum(a), sum(b), c[-3:], r.randint(1, 100), [g.randint(1, 10) for _ in range(5)], random.randint(1, 2**40), random.random())
for bad in [(3, 1), (1.5, 2)]:
    try:
        random.randint(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
import threading
random.seed(99)
shared = random.Random(123)
sums = [0] * 4
def draw(t):
    s = 0
    for _ in range(3000):
        s += shared.randint(1, 6) + random.randint(0, 9)
    sums[t] = s
ts = [threading.Thread(target=draw, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sum(sums), shared.randint(1, 6), random.randint(1, 1000))
