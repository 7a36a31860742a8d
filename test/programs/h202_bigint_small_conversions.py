# Ints of three to eight 32-bit digits go to and from JS BigInt by shifts and masks (not
# hex text): every operator on random ints up to 300 bits, the digit-count boundaries
# (2**64, 2**96, 2**128) and a modular accumulator just over 64 bits.
import random
random.seed(9)
vals = []
for i in range(2000):
    a = random.getrandbits(random.randrange(1, 300)) * random.choice([1, -1])
    b = random.getrandbits(random.randrange(1, 200)) or 1
    vals.append((a + b, a - b, a * b, a // b, a % b, a & b, a | b, a ^ (b << 5), a >> 3, -a, abs(a),
                 divmod(a, b), pow(a, 3, b) if b > 1 else 0, str(a)[:20], hash(a)))
print(len(vals), sum(v[2] for v in vals) % 1000003, sum(v[14] for v in vals) % 1000003)
for v in vals[::40]:
    print(v)
x = 0
for i in range(20000):
    x = (x + (i << 40) * 12345) % (1 << 70)
print(x, 2**64, 2**96 - 1, 2**96, 2**127, 2**128 - 1, 2**128, -(2**100), (2**96 - 1) * 2, int('1' * 30))
print([(2**k - 1).bit_length() for k in (63, 64, 65, 95, 96, 97, 127, 128, 129, 255, 256, 257)])
print([((2**k + 12345) * 3) // 7 for k in (64, 96, 128, 250)])
