# Substring search is linear on texts that made the plain scan O(n*m) (CPython's
# fastsearch); int.bit_length / bit_count read the digits; hasattr and getattr with a
# default answer a miss without making the AttributeError, and still treat an
# AttributeError from a property as a miss and let other errors through.
# gilvm-nogil:
import random
random.seed(11)
rows = []
for k in range(2500):
    alpha = random.choice(['ab', 'abc', 'a', 'xyz\u00e9', 'ab\U0001f600'])
    s = ''.join(random.choice(alpha) for _ in range(random.randrange(0, 50)))
    p = ''.join(random.choice(alpha) for _ in range(random.randrange(1, 7)))
    if random.random() < 0.3 and len(s) > 3:
        a = random.randrange(len(s))
        p = s[a:a + len(p)]
    st = random.randrange(-3, len(s) + 3)
    rows.append((s.find(p), s.find(p, st), s.count(p), s.count(p, st), p in s,
                 s.replace(p, '.'), s.split(p), s.rfind(p), s.partition(p), s.rpartition(p)))
print(len(rows), sum(r[0] for r in rows), sum(r[2] for r in rows))
for r in rows[::50]:
    print(r)
big = 'a' * 200000
pat = 'a' * 3000 + 'b'
print(big.find(pat), big.count(pat), pat in big, big.replace(pat, 'x') == big, len(big.split(pat)))
print((big + 'b').find(pat), (big + 'b').count('a' * 10 + 'b'), ('ab' * 50000).count('abab'))

vals = [0, 1, -1, 7, -8, 2**29, 2**30 - 1, 2**30, -2**30, 2**31, 2**32 - 1, 2**32, 2**63, 2**64 - 1, 3**5000, -(3**700), True, False]
vals += [random.getrandbits(random.randrange(1, 300)) * random.choice([1, -1]) for _ in range(200)]
class I(int):
    pass
vals += [I(5), I(-2**40), I(0)]
print([v.bit_length() for v in vals])
print([v.bit_count() for v in vals])
print((2**100000).bit_length(), ((3**20000) >> 7).bit_length(), (2**100000 - 1).bit_count())

class A:
    x = 1
    def __init__(self):
        self.y = 2
    @property
    def p(self):
        raise AttributeError('inner')
    @property
    def q(self):
        raise ValueError('boom')
class G:
    def __getattr__(self, n):
        if n == 'dyn':
            return 5
        raise AttributeError(n)
a, g = A(), G()
print(hasattr(a, 'x'), hasattr(a, 'y'), hasattr(a, 'z'), hasattr(a, 'p'), hasattr(g, 'dyn'), hasattr(g, 'nope'))
print(getattr(a, 'z', 'dflt'), getattr(a, 'p', 'dp'), getattr(g, 'dyn', 0), getattr(g, 'nope', 'gn'), getattr(A, 'nope', 'cls'))
for f in (lambda: hasattr(a, 'q'), lambda: getattr(a, 'q', 1)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
import math
print(hasattr(math, 'pi'), hasattr(math, 'tau2'), getattr(math, 'nope', 3), hasattr(1, 'real'), hasattr([], 'nope'))
print(hasattr(super(A, a), 'x'), hasattr(A, '__dict__'), hasattr(a, '__dict__'), hasattr(a, '__weakref__'))
print(sum(hasattr(a, 'missing') for _ in range(10000)), getattr(a, 'missing', None))
try:
    getattr(a, 'missing')
except AttributeError as e:
    print(e)
