# Big-int addition, subtraction (new and in place) and multiplication on the digits:
# carries and borrows across whole runs of full or empty digits, mixed signs and lengths,
# a small operand on either side, and products on both sides of the schoolbook/BigInt
# threshold. Every result is checked against an identity and summarised by a hash.
import random

random.seed(2024)
M = (1 << 127) - 1


def pick():
    k = random.choice([0, 1, 29, 30, 31, 32, 33, 63, 64, 65, 96, 128, 160, 500, 1024, 1100, 2000])
    r = random.random()
    if r < 0.25:
        v = (1 << k) - 1                      # all digits full: carries run the length
    elif r < 0.4:
        v = 1 << k                            # one digit set: borrows run the length
    elif r < 0.5:
        v = (1 << k) - random.getrandbits(20)
    else:
        v = random.getrandbits(k) if k else 0
    return -v if random.random() < 0.5 else v


h = 0
bad = 0
for i in range(6000):
    a, b = pick(), pick()
    s, d = a + b, a - b
    acc = a * 1 + (1 << 90) - (1 << 90)       # a private copy, updated in place
    acc += b
    acc2 = a * 1 + (1 << 90) - (1 << 90)
    acc2 -= b
    p = a * b
    if s - b != a or d + b != a or acc != s or acc2 != d or (b and p // b != a) or -a * b != -p:
        bad += 1
    h = (h * 1000003 + s * 3 + d * 5 + p * 7) % M
print("mismatches:", bad)
print("hash:", h)

# Fibonacci numbers: long sums whose carries change with every step
a, b = 0, 1
for _ in range(3000):
    a, b = b, a + b
print(len(str(a)), a % 1000000007, a.bit_length())
while a:
    a, b = b - a, a
print(a, b)

# Products near 2**k - 1 (every partial product carries) and factorials
x = (1 << 1000) - 1
print((x * x) % M, (x * x).bit_length(), (x * x + 2 * x + 1) == (1 << 2000))
f = 1
for i in range(1, 400):
    f *= i
g = 1
for i in range(1, 400):
    g = g * (i * 1000003 if i % 7 == 0 else i)
print(f % M, g % M, len(str(f)))
