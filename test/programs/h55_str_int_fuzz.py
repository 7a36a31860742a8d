# 3000 random strings (spaces, tabs, ideographic space, astral chars) through split (whitespace and
# separators, maxsplit), replace (count), strip and join, then random int products taken % 2**31,
# % 1024 and % 2**32: the unit-level str methods and the two-digit product paths against CPython.
import random
random.seed(11)
alpha = "ab ,\t\n\u3000é😀x"
out = []
for i in range(3000):
    s = "".join(random.choice(alpha) for _ in range(random.randrange(0, 14)))
    sep = "".join(random.choice(alpha) for _ in range(random.randrange(1, 3)))
    new = "".join(random.choice(alpha) for _ in range(random.randrange(0, 3)))
    m = random.choice([-1, 0, 1, 2, 5])
    r = (s.split(), s.split(None, m), s.split(sep), s.split(sep, m), s.replace(sep, new), s.replace(sep, new, m), s.strip(), " ".join(s.split()))
    out.append(repr(r))
print(len(out), sum(len(x) for x in out))
for x in out[::300]: print(x)
acc = 0
for x in out:
    for ch in x: acc = (acc * 131 + ord(ch)) % 1000000007
print(acc)
vals = [random.randrange(-2**33, 2**33) for _ in range(300)] + [random.randrange(-2**30, 2**30) for _ in range(300)]
acc = 0
for a in vals[:200]:
    for b in vals[::7]:
        p = a * b
        acc = (acc + p % 2147483648 + p % 1024 + (p * 12345 + 7) % 4294967296) % (2**61 - 1)
print(acc)
