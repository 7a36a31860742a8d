# random.seed(str or bytes, version=1) (Python 2's string hash as the seed), and
# math.perm/math.comb with a k beyond a C long long: OverflowError at once, as CPython
# (after the k > n case, which is 0).
import math
import random

for a in ("abc", "", "h\u00e9llo", "\u4e2d\u6587", b"abc", b"", b"\xff\x00"):
    random.seed(a, version=1)
    print(repr(a), random.random(), random.randint(1, 100))
random.seed("abc", version=2)
print(random.random())
random.seed(5, version=1)
print(random.random())

cases = [
    (math.perm, (5, 10**20)),
    (math.perm, (10**20, 10**20)),
    (math.perm, (10**19, 10**19)),
    (math.comb, (5, 10**20)),
    (math.comb, (10**30, 10**20)),
    (math.comb, (10**30, 10**30 - 5)),
    (math.comb, (10**20, 10**19)),
    (math.comb, (10**19, 3)),
    (math.perm, (10**19, 2)),
]
for f, args in cases:
    try:
        r = f(*args)
        print(f.__name__, args, "->", r if r < 10**40 else "%d digits" % len(str(r)))
    except OverflowError as e:
        print(f.__name__, args, "OverflowError:", e)

# Lib/random.py's module constants
for name in ("BPF", "LOG4", "NV_MAGICCONST", "RECIP_BPF", "SG_MAGICCONST", "TWOPI"):
    print(name, repr(getattr(random, name)))
print(random.LOG4 == math.log(4.0), random.TWOPI == 2 * math.pi, random.RECIP_BPF == 2 ** -53)
