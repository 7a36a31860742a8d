# Int and int/float arithmetic and comparisons across the representation boundaries of
# objects/int.ts: tagged small ints (|v| < 2**30), one and two 32-bit digits, the 2**53 edge
# of the double fast paths, 2**64 and many-digit values; both signs. Expected output: CPython.
B = [0, 1, 2, 3, 7, 2**15 + 3, 2**30 - 1, 2**30, 2**31 - 1, 2**31, 2**32 - 1, 2**32,
     2**32 + 1, 3 * 2**40 + 12345, 2**52 + 1, 2**53 - 1, 2**53, 2**53 + 1, 2**63 - 1,
     2**64 - 1, 2**64, 2**64 + 2**32, 10**20 + 7, 2**96 - 1, 3**70, 2**200 + 2**100 + 1]
VALUES = B + [-v for v in B if v]

for a in VALUES:
    row = []
    for b in VALUES:
        row.append(a + b)
        row.append(a - b)
        row.append(a * b)
        row.append(a & b)
        row.append(a | b)
        row.append(a ^ b)
        if b:
            row.append(a // b)
            row.append(a % b)
            row.append(a / b)
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    for s in (0, 1, 5, 31, 32, 33, 52, 53, 64, 100):
        row.append(a << s)
        row.append(a >> s)
    row.append(hash(a))
    print(a, row)

FLOATS = [0.0, -0.0, 0.5, -1.5, 1e15, 2.0**53, 1e300, float('inf'), float('nan')]
for a in VALUES:
    row = []
    for x in FLOATS:
        row.append((a < x, a <= x, a == x, a != x, a > x, a >= x))
        row.append((x < a, x == a))
        try:
            row.append(a + x)
            row.append(x - a)
            row.append(a * x)
            row.append(x / a if a else None)
        except OverflowError as e:
            row.append(str(e))
    print(a, row)

# accumulations that cross 2**53 and 2**64 (the classic sum of squares)
total = 0
for n in range(0, 3000000, 997):
    total += n * n
    total -= n
print(total)
h = 2166136261
for i in range(2000):
    h ^= i & 0xFF
    h = (h * 16777619) & 0xFFFFFFFF
    h ^= h >> 13
print(h)
f = 1
for i in range(1, 60):
    f *= i
    f -= i * i * i
print(f, -f // 12345678901, f % 98765432109876543210)
x = 0
for i in range(100):
    x = x - 2**60 + i
print(x, x + 100 * 2**60, -x - x)
# bitwise mixes of big non-negative and negative values
for a in (2**64 - 1, 2**64 + 5, 2**100 + 2**33 + 7, 0xF0F0F0F0F0F0F0F0F0F0, -2**70 - 3):
    print([a & b for b in VALUES], [a | b for b in VALUES], [a ^ b for b in VALUES])
