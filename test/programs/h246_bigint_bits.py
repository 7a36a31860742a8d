# Shifts and bitwise operators on big ints: small values shifted far left, bit sets
# built with |=, & ^ | of long and short operands, negative values (two's complement).
import random

random.seed(246)
vals = [0, 1, -1, 2, -2, 3, 5, 2**30 - 1, -2**30, 2**31, 2**32 - 1, 2**32, -2**32,
        2**52 + 7, -(2**52) - 3, 2**53 - 1, -(2**53 - 1)]
out = []
for x in vals:
    for k in (0, 1, 31, 32, 33, 52, 53, 63, 64, 65, 95, 96, 100, 127, 200, 1000):
        v = x << k
        out.append((v, v >> k == x, v.bit_length(), (v >> (k // 2))))
print(len(out), hash(tuple(out)) == hash(tuple(out)))
for row in out[:40:7]:
    print(row[1], row[2], str(row[0])[:30], str(row[3])[:30])
checks = []
for _ in range(400):
    a = random.getrandbits(random.randrange(1, 400)) * random.choice((1, -1))
    b = random.getrandbits(random.randrange(1, 400)) * random.choice((1, -1))
    k = random.randrange(0, 300)
    checks.append((a & b) % 1000003)
    checks.append((a | b) % 1000003)
    checks.append((a ^ b) % 1000003)
    checks.append((a << k) % 1000003)
    checks.append((a >> k) % 1000003)
    checks.append((1 << k) % 1000003)
print(sum(checks), checks[:12])
bits = 0
for i in range(0, 5000, 7):
    bits |= 1 << i
print(bits.bit_length(), bin(bits).count("1"), bits & (bits - 1) == bits ^ 1)
mask = (1 << 3000) - 1
print((bits ^ mask).bit_length(), bin(bits ^ mask).count("1"), (bits & mask) == bits & mask)
print((1 << 64) | 5, (1 << 64) & ((1 << 64) + 3), (1 << 70) ^ (1 << 70), -1 << 100, -3 << 33)
