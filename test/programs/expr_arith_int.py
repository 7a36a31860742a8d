# Integer arithmetic: arbitrary precision, floor division and modulo signs, pow, bits.
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

print(factorial(30))
print(factorial(100))
f200 = factorial(200)
print(len(str(f200)), str(f200)[:20], f200 % 1000003)
print(2 ** 200, -(2 ** 127) + 1)
print(2 ** 64 - 1, (2 ** 64) // 3, (2 ** 64) % 1000)
print(10 ** 30 // 7, 10 ** 30 % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)

for a in (7, -7):
    for b in (3, -3):
        print(a, b, a // b, a % b, divmod(a, b))
print(divmod(10 ** 25, -13), divmod(-10 ** 25, 13))

print(pow(2, 100, 1000000007), pow(3, 200, 10 ** 9), pow(7, -1, 13), pow(5, 0, 1))
print(pow(2, 10), pow(-2, 3), pow(2, -2), pow(10, 40))

print(5 & 3, 5 | 3, 5 ^ 3, ~5, 5 << 70, (5 << 70) >> 68)
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5, -5 << 3, -5 >> 1, -1 >> 100, -(2 ** 70) >> 3)
print(-12345678901234567890 & 0xFFFF, -12345678901234567890 | 0xFF, -(2 ** 80) ^ (2 ** 79))
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, bin(-37), hex(-255), oct(-8))
print(abs(-10 ** 20), -(-10 ** 20), +(10 ** 20))
print(int("9" * 50) + 1, int("-" + "1" * 40) * 3)
print((10 ** 20).bit_length(), (-(2 ** 63)).bit_length(), (0).bit_length())
print(10 ** 20 == 10.0 ** 20, 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 20 > 1e19)
print(7 / 2, -7 / 2, 10 ** 20 / 10 ** 10, 1 / 3, 2 ** 70 / 2 ** 69)
print(True + 1, False * 10, True // True, -True)
x = 17
x //= 3
print(x)
x **= 5
print(x)
x %= 7
print(x)
x <<= 100
print(x)
x >>= 99
print(x)
x ^= 0b1111
x |= 64
x &= ~1
print(x)
print(sum(range(1, 10 ** 6 + 1, 999)), 12345678987654321 * 98765432123456789)
print(int(1e18), int(-2.5), int(2 ** 62 + 0.0), round(2 ** 70 / 3) % 10 ** 6)
