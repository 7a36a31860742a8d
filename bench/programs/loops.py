# Loops with integer arithmetic: a sieve, Collatz lengths, gcds, digit sums and
# bitwise mixing. Measures while/for loops, comparisons, // % & ^ << and local variables.
SCALE = 2


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for f in flags:
        if f:
            count += 1
    return count


def collatz_longest(limit):
    best = 0
    best_start = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > best:
            best = steps
            best_start = start
    return best_start, best


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def gcd_sum(limit):
    total = 0
    for a in range(1, limit):
        for b in range(a, limit, 7):
            total += gcd(a, b)
    return total


def mix(rounds):
    h = 2166136261
    for i in range(rounds):
        h ^= i & 0xFF
        h = (h * 16777619) & 0xFFFFFFFF
        h ^= h >> 13
    return h


def digit_sums(limit):
    total = 0
    for n in range(limit):
        while n:
            total += n % 10
            n //= 10
    return total


primes = sieve(150_000 * SCALE)
start, steps = collatz_longest(20_000 * SCALE)
g = gcd_sum(250 * SCALE)
h = mix(200_000 * SCALE)
d = digit_sums(100_000 * SCALE)
print(f"primes={primes} collatz={start}/{steps} gcd={g} mix={h} digits={d}")
