# Number theory: sieve of Eratosthenes, trial division factorization, Miller-Rabin
# with big ints and pow(a, d, n), gcd by hand, perfect numbers.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]


primes = sieve(10000)
print(len(primes), primes[:10], primes[-3:], sum(primes))


def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors


for n in (360, 9973, 2 ** 20 - 1, 600851475143):
    print(n, factorize(n))


def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


mersenne = [p for p in range(2, 130) if is_probable_prime(2 ** p - 1)]
print(mersenne)
print(is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1), is_probable_prime(10 ** 18 + 9))


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), gcd(0, 7))
perfect = [2 ** (p - 1) * (2 ** p - 1) for p in mersenne[:5]]
print(perfect)
twin = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2][:8]
print(twin)
goldbach = {n: next((p, n - p) for p in primes if n - p in set(primes[:200])) for n in range(4, 30, 2)}
print(goldbach)
