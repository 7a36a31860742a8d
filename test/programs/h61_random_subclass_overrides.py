# random.Random subclasses: Lib/random.py builds every method on random(), getrandbits()
# and _randbelow(), so overriding one changes what the others return
import random


class Fixed(random.Random):
    """random() overridden: _randbelow_without_getrandbits is used."""
    def random(self):
        return 0.25


class Counting(random.Random):
    def __init__(self, seed):
        super().__init__(seed)
        self.calls = 0

    def random(self):
        self.calls += 1
        return super().random()


class OneBits(random.Random):
    """getrandbits() overridden: _randbelow_with_getrandbits over it."""
    def getrandbits(self, k):
        return 1


class Below(random.Random):
    def _randbelow(self, n):
        return n - 1


class Plain(random.Random):
    pass


class Failing(random.Random):
    def random(self):
        raise RuntimeError("no randomness today")


f = Fixed(1)
print(f.uniform(0, 4), f.randint(1, 100), f.choice("abcdef"), f.randrange(10))
print(f.triangular(0, 1), f.expovariate(2.0), f.gauss(0, 1), f.normalvariate(0, 1))
items = list(range(8))
f.shuffle(items)
print(items, f.sample(range(20), 3), f.choices("abc", k=3))
print(f.choices("abc", weights=[1, 2, 3], k=4))

c = Counting(7)
values = [c.randint(1, 6) for _ in range(5)]
print(values, c.calls, round(c.uniform(1, 2), 6), c.calls)
print(c.random() == random.Random(7).random() or "sequence differs")

o = OneBits(3)
print(o.randint(1, 100), o.choice("abcdef"), o.randrange(10), o.randbytes(2))
print(o.random() == random.Random(3).random())

b = Below(0)
print(b.randint(1, 10), b.choice("xyz"), b.sample(range(5), 2))
deck = list("abcd")
b.shuffle(deck)
print(deck)

p, r = Plain(42), random.Random(42)
print([p.randint(1, 9) for _ in range(6)] == [r.randint(1, 9) for _ in range(6)])
print(p.choice(range(100)) == r.choice(range(100)), p.gauss(0, 1) == r.gauss(0, 1))

try:
    Failing(1).uniform(0, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Failing(1).randint(1, 5)
except RuntimeError as e:
    print("RuntimeError:", e)

g = random.Random(9)
g.label = "mine"
print(g.label, "label" in vars(g), round(g.random(), 9))
print(isinstance(f, random.Random), issubclass(Below, random.Random))
