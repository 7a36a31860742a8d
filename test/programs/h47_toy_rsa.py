# gilvm-nogil: --workers 2
"""Toy RSA and number theory with big ints."""
import math


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n


p = next_prime(2**89)
q = next_prime(3**61)
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print("p =", p)
print("q =", q)
print("n bits:", n.bit_length(), "digits:", len(str(n)), "hex digits:", len(hex(n)) - 2)
print("d*e mod phi:", d * e % phi, egcd(e, phi)[0], math.gcd(e, phi))
msg = "Hi GIL!"
m = int.from_bytes(msg.encode(), "big")
c = pow(m, e, n)
back = pow(c, d, n)
print(m, back == m, back.to_bytes((back.bit_length() + 7) // 8, "big").decode())
print(hex(c)[:20], oct(m), bin(m)[:20], f"{m:#_x}")
print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), (255).to_bytes(1, "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
try:
    pow(6, -1, 9)
except ValueError as e:
    print("ValueError:", e)

fact = math.factorial(30)
print(fact, fact.bit_length(), bin(fact).count("1"), fact % 1000003, fact // 7**10)
print(divmod(-fact, 10**9), divmod(fact, -97), -fact // 10**20, -fact % 10**20)
print(2**100 // 3, -(2**100) // 3, (2**100) % -7, (-(2**100)) >> 90, (2**100) >> 99, -1 >> 100)
print((1 << 70) | 5, (2**70 - 1) & 0xFFFF0000FFFF, ~(2**65), (2**65) ^ (2**64), -(2**64) & 0xFF)
print(math.isqrt(10**40 + 12345), math.isqrt(2**127) ** 2 <= 2**127, math.comb(60, 30), math.perm(20, 5))
print(math.lcm(12, 18, 30), math.gcd(2**80, 6**40), math.prod(range(1, 21)) == math.factorial(20))
print(str(7**77)[-10:], int("1" * 40) % 97, int("-0b1010", 0), int("zz", 36), int(" 42 "), int("1_000"))
print(float(2**53 + 1), int(1e22), int(-2.9e18), 2**63 / 3, 10**30 / 10**10, 7**30 // 7.0)
print((2**64).__index__(), abs(-(10**25)), pow(-3, 41), pow(2, 0.5), pow(10, -2), (-8) ** (1 / 3) != 2)
big = 12345678901234567890123456789
print(f"{big:,}", f"{big:.3e}", f"{big:>40}", f"{-big:040d}", float(big), big == float(big))
print(big < 1e29, big > 1.2e28, big == 12345678901234567890123456789.0, hash(2**61 - 1), hash(2**61), hash(-(2**70)))
print(sum(range(10**12, 10**12 + 5)), max(2**80, 2.0**80), min(-(2**80), -1e30), sorted([2**70, 1e21, -3, 2**69]))
print(int.bit_count(255 << 100), (10**18).bit_length(), (-(2**31)).bit_length(), (5).as_integer_ratio(), True + 2**64)
print(3.5.as_integer_ratio(), (0.1).as_integer_ratio(), (2.5).is_integer(), (4.0).is_integer(), float.fromhex("0x1.8p1"), (0.75).hex())
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2, math.fsum([0.1] * 10), sum([0.1] * 10), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 % -2, -7 // 2.0, 5 % 0.3, math.fmod(-7, 3), -7 % 3)
