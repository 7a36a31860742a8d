# The random module with fixed seeds: CPython's Mersenne Twister sequence must be
# reproduced exactly (random, randint, randrange, choice, shuffle, sample, uniform).
import random

random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(5)], random.randrange(10))
items = list(range(10))
random.shuffle(items)
print(items)
print(random.choice("abcdefg"), random.choice([10, 20, 30]))
print(random.sample(range(100), 5), random.sample(["x", "y", "z"], 3))
print(random.uniform(1, 2), random.getrandbits(16), random.getrandbits(70))
random.seed(42)
print(random.random())
random.seed(0)
first = [random.random() for _ in range(5)]
random.seed(0)
second = [random.random() for _ in range(5)]
print(first == second, first[0])
random.seed(12345)
print([random.randint(0, 10 ** 12) for _ in range(3)])
random.seed(2 ** 80 + 17)
print(random.random(), random.randint(1, 100))
rng = random.Random(7)
print(rng.random(), rng.randint(1, 10), rng.choice(["a", "b", "c"]))
rng2 = random.Random(7)
print(rng2.random() == random.Random(7).random())
random.seed(99)
print(random.choices(["a", "b", "c"], k=5), random.choices([1, 2], weights=[1, 9], k=4))
random.seed(2024)
deck = [f"{r}{s}" for s in "CDHS" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7])
random.seed(1)
print(round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
