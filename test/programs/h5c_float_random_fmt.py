# many seeded random floats through repr, str, round, format and %: shortest repr and rounding
import random
random.seed(12345)
vals = []
for i in range(120):
    e = random.randint(-30, 30)
    v = random.random() * float("1e%d" % e)
    if random.random() < 0.3:
        v = -v
    vals.append(v)
for i in range(40):
    vals.append(random.randint(-10**6, 10**6) / 2 ** random.randint(0, 12))
for v in vals:
    print(repr(v), str(v), round(v, 3), round(v, -2), "%.5g" % v, "%e" % v, format(v, ".12g"), format(v, ",.3f"),
          f"{v:.0%}" if abs(v) < 1e20 else "-", format(v, "a") if False else "", v.hex() if False else "")
s = 0.0
for v in vals:
    s += v
print(repr(s))
print(repr(sum(vals)))
import math
print(repr(math.fsum(vals)))
ints = [random.getrandbits(k) - random.getrandbits(k) for k in (8, 31, 32, 33, 63, 64, 65, 100, 200)]
for a in ints:
    for b in ints:
        if b == 0:
            continue
        print(a // b, a % b, a * b, a - b, a ^ b, (a & 0xFFFF) | b, float(a) / b if abs(a) < 2**900 else 0)
        print(pow(a, 3, b) if b else 0, divmod(a, b), round(a / b, 5) if abs(a) < 2**900 else 0)
for a in ints:
    print(a, hex(a), oct(a), bin(a), f"{a:,}", f"{a:_x}", a.bit_length(), str(a)[::-1], len(str(abs(a))))
    print(a.to_bytes((a.bit_length() + 8) // 8 + 1, "big", signed=True).hex() if hasattr(bytes, "hex") else "")
