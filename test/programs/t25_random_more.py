# gilvm-nogil: --workers 2
# random: lognormvariate, vonmisesvariate, randbytes, and seeding from bytes / bytearray,
# with CPython's sequences.
import random

random.seed(2024)
print([round(random.lognormvariate(0.0, 0.5), 12) for _ in range(3)])
print([round(random.vonmisesvariate(1.0, k), 12) for k in (0.0, 0.3, 2.0, 50.0)])
print(random.randbytes(0), random.randbytes(5), len(random.randbytes(33)))
random.seed(b"bytes seed")
a = random.random()
random.seed(bytearray(b"bytes seed"))
print(a == random.random(), round(a, 15))
r = random.Random(b"\x00\xff")
print(r.randint(1, 1000), r.randbytes(3), r.choice("xyz"))
for bad in (lambda: random.randbytes(-1), lambda: random.randbytes(2.0), lambda: random.lognormvariate(0.0),
            lambda: random.vonmisesvariate(1.0), lambda: random.weibullvariate(), lambda: random.gammavariate(beta=2.0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
