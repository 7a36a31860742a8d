# A seeded dice-and-cards simulation: random.seed gives CPython's exact sequence for
# random, randint, randrange, choice, choices (weights), shuffle, sample, uniform, gauss,
# normalvariate, expovariate, getrandbits, and separate Random instances; state round-trip.
import random

random.seed(12345)
print([random.randint(1, 6) for _ in range(10)])
print(round(random.random(), 12), random.randrange(0, 100, 5), random.randrange(10))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(deck, 5), random.sample(range(1000), 3))
print(random.choice(deck), random.choice("xyz"), random.choices("abc", k=5))
print(random.choices(["win", "lose"], weights=[1, 9], k=8))
print(random.choices(range(4), cum_weights=[1, 2, 3, 10], k=6))
print(round(random.uniform(10, 20), 10), round(random.gauss(0, 1), 10), round(random.gauss(100, 15), 10))
print(round(random.normalvariate(5, 2), 10), round(random.expovariate(0.5), 10), random.getrandbits(40))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10))

state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b)

r1 = random.Random(7)
r2 = random.Random(7)
print([r1.randint(0, 9) for _ in range(5)] == [r2.randint(0, 9) for _ in range(5)], r1.random() == r2.random())
random.seed("text seed")
print(random.randint(0, 10**6), random.random() < 1)
random.seed(b"bytes")
print(random.randint(0, 10**6))
random.seed(3.5)
print(random.randint(0, 10**6))

# a Monte Carlo estimate that must match CPython exactly with the same seed
random.seed(2024)
hits = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print(hits, round(4 * hits / 20000, 4))
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3000)]
print([rolls.count(s) for s in range(2, 13)])

for bad in [lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
            lambda: random.randrange(0), lambda: random.choices("ab", weights=[1], k=2)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
