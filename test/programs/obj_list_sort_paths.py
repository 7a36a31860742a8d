# list.sort / sorted on every path of the sort engine: numbers (small ints, bools, floats,
# mixed), strs, strs with characters outside the BMP, tuples and objects with __lt__
# (compared through Python), keys, reverse with stability, sorted and reverse-sorted
# input, and the errors of comparisons.
import random

rng = random.Random(7)
ints = [rng.randrange(-50, 50) for _ in range(200)]
print(sorted(ints)[:12], sorted(ints, reverse=True)[:12])
print(sorted([3, 1.5, True, -2, 0.25, False, 7, -0.0, 0]))
print(sorted([2 ** 40, -(2 ** 35), 5, 2 ** 40 + 1, -1]))

records = [(rng.randrange(5), i) for i in range(40)]
by_first = sorted(records, key=lambda r: r[0])
print(by_first[:10])
print(sorted(records, key=lambda r: r[0], reverse=True)[:10])
print(sorted(records, reverse=True)[:6])

words = "the quick brown fox jumps over the lazy dog The Quick Brown Fox".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(["b\U0001F600", "b\uffff", "a", "b", "\U0001F601", "\ue000"]))

print(sorted(range(20)) == list(range(20)), sorted(range(20, 0, -1))[:5])
print(sorted([5] * 5 + [1] * 5, reverse=True))


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


vs = [Version(rng.randrange(3), rng.randrange(3)) for _ in range(12)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))

data = [4, 2, 9, 1]
data.sort(key=lambda x: -x)
print(data)

try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([Version(1, 0), 3])
except TypeError as e:
    print("TypeError:", e)
print(sorted([1.0, float("inf"), -float("inf"), 0.5]))
sorted(["x", 1])
