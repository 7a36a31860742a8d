# itertools.groupby over many groups: groups consumed, skipped or kept past the next group
# (then empty), a key function, a key that raises, an iterable that raises, iter() of a
# group, and -x / abs() of big ints used as keys.
from itertools import groupby

data = [i // 3 for i in range(3000)]
print(sum(1 for _ in groupby(data)), sum(len(list(g)) for _, g in groupby(data)))
kept = []
for k, g in groupby("aaabbbcccd"):
    kept.append((k, g))
print([(k, list(g)) for k, g in kept])
it = groupby("aaabbc")
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2), iter(g2) is g2 or list(iter(g2)))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
print([(k, list(g)) for k, g in groupby(words, key=lambda w: w[0])])
print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), key=len)])


def bad_key(x):
    if x == 3:
        raise ValueError("bad key 3")
    return x // 2


try:
    print([(k, list(g)) for k, g in groupby(range(6), key=bad_key)])
except ValueError as e:
    print("ValueError:", e)


def source():
    yield 1
    yield 1
    raise KeyError("source failed")


try:
    for k, g in groupby(source()):
        print(k, list(g))
except KeyError as e:
    print("KeyError:", e)
big = [-(10**30), abs(-(10**30)), -(-(10**30)), 10**30]
print([(k, len(list(g))) for k, g in groupby(big)])
print(list(groupby([])), [k for k, _ in groupby([None, None, 0, 0.0, False])])
