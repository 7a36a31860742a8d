# sorted() with tuple keys: rows of numbers and strs (the fast path), columns that mix
# families (timsort, with or without a TypeError), NaN, big ints, reverse stability
import random
random.seed(5)
words = ["b", "a", "c", "ab", "", "B", "é", "zz"]
for trial in range(200):
    n = random.randint(0, 120)
    kind = trial % 6
    if kind == 0:
        items = [(random.choice(words), random.randint(-3, 3)) for _ in range(n)]
    elif kind == 1:
        items = [(random.randint(-2, 2), random.choice([0.5, -0.0, 0.0, 1, True, False, 2.5])) for _ in range(n)]
    elif kind == 2:
        items = [tuple(random.randint(0, 2) for _ in range(random.randint(0, 3))) for _ in range(n)]
    elif kind == 3:
        items = [(random.choice(words),) * random.randint(1, 2) for _ in range(n)]
    elif kind == 4:
        items = [(random.randint(0, 3), random.choice(words), random.random() < 0.5) for _ in range(n)]
    else:
        items = [(random.randint(0, 3), random.choice([1, "x"])) for _ in range(n)]
    tagged = list(enumerate(items))
    for rev in (False, True):
        try:
            r = sorted(tagged, key=lambda p: p[1], reverse=rev)
            print(trial, rev, [i for i, _ in r])
        except TypeError as e:
            print(trial, rev, "TypeError", e)
print(sorted([(1, 2), (1,), (0, 5, 1), ()]))
print(sorted([(2**70, 1), (1, 2)]))
print(sorted([(float('nan'), 1), (1.0, 2), (0.5, 3)]))
d = {"x": 3, "y": 1, "z": 3, "a": 1}
print(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))
