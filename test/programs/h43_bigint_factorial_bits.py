# gilvm-nogil: --workers 2
# Big-int loops: a factorial (a big value times a small one), decimal digits folded into a
# big value, and bit scanning with >>= / <<. Each step went through JS BigInt and hex-text
# conversions of the whole value (a factorial of 2,000 took 0.45 s, a >>= loop over a
# 30,000-bit value 1 s); they now work on the digits, so these checks also cover
# multiplication by a short operand and shifts of big values of both signs.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


f = factorial(1500)
print(f.bit_length(), f % (10 ** 9 + 7), str(f)[:20], len(str(f)))
print(factorial(30) * -(2 ** 64 + 3), (-f * 4294967295) % 1000003, f * (2 ** 200 + 1) % 999983)

value = 0
for digit in "31415926535897932384626433832795028841971" * 20:
    value = value * 10 + int(digit)
print(value % 1000000007, value.bit_length())


def popcount(n):
    count = 0
    while n:
        count += n & 1
        n >>= 1
    return count


big = 3 ** 6000
print(popcount(big), bin(big).count("1"))
print(big >> 9000 == big // 2 ** 9000, (big << 77) >> 77 == big, big >> 10000)
neg = -(7 ** 400)
for shift in (0, 1, 31, 32, 33, 64, 100, 1123, 1124, 1200):
    print(shift, (neg >> shift) % 1000003, (neg >> shift) == neg // 2 ** shift, (neg << shift) // 2 ** shift == neg)
print(-(2 ** 64) >> 64, -(2 ** 64) >> 63, -(2 ** 64 + 1) >> 64, -(2 ** 96 - 1) >> 32, (2 ** 64) >> 65)
