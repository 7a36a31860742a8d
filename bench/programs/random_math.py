# Seeded random numbers and math: a Monte Carlo estimate, random.choice/shuffle/randint
# and math functions. Checks that gilvm's Mersenne Twister reproduces CPython's
# sequence for random.seed(n) and that float formatting matches.
import math
import random

SAMPLES = 250_000


def monte_carlo_pi(n):
    inside = 0
    for _ in range(n):
        x = random.random()
        y = random.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / n


def dice(n):
    counts = [0] * 13
    for _ in range(n):
        counts[random.randint(1, 6) + random.randint(1, 6)] += 1
    return counts


def shuffles(n):
    deck = list(range(52))
    total = 0
    for i in range(n):
        random.shuffle(deck)
        total += deck[0] * (i % 7) + random.choice(deck)
    return total


def trig(n):
    acc = 0.0
    for i in range(1, n):
        x = i / n
        acc += math.sin(x) * math.cos(x) + math.log(1.0 + x) - math.exp(-x) + math.atan2(x, 1.0)
        acc += math.floor(x * 10) + math.fabs(x - 0.5) + math.hypot(x, 2.0)
    return acc


random.seed(12345)
print(f"pi ~ {monte_carlo_pi(SAMPLES):.6f}")
print("dice:", dice(SAMPLES // 5))
print("shuffles:", shuffles(SAMPLES // 50))
print(f"trig: {trig(SAMPLES // 2):.6f}")
print("random tail:", random.getrandbits(32), round(random.uniform(1, 2), 12))
