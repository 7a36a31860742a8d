# A log-report pipeline on itertools: groupby runs, accumulate (with initial and a func),
# product with repeat, permutations / combinations (with replacement), islice windows,
# chain.from_iterable, tee, zip_longest, pairwise, count/cycle/repeat, starmap,
# takewhile/dropwhile, filterfalse, compress; batched is 3.12 only.
import itertools as it
import operator

lines = ["a 1", "a 4", "b 2", "b 2", "a 7", "c 1", "c 9", "c 3"]
recs = [(k, int(v)) for k, v in (ln.split() for ln in lines)]
for key, grp in it.groupby(recs, key=lambda r: r[0]):
    vals = [v for _, v in grp]
    print(key, vals, sum(vals))
print([(k, len(list(g))) for k, g in it.groupby("aaabccddddd")])
print([k for k, _ in it.groupby(sorted("mississippi"))])

nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(list(it.accumulate(nums)))
print(list(it.accumulate(nums, max)))
print(list(it.accumulate(nums, operator.mul, initial=1)))
print(list(it.accumulate([], initial=100)), list(it.accumulate([])))

print(list(it.product("ab", repeat=2)))
print(list(it.product([0, 1], "xy")))
print(len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)))
print(list(it.permutations(range(3))))
print(list(it.combinations("abcd", 2)))
print(list(it.combinations_with_replacement("abc", 2)))
print(list(it.combinations(range(3), 5)), list(it.permutations([], 0)))

print(list(it.islice(it.count(10, 5), 4)))
print(list(it.islice("abcdefgh", 2, None, 3)), list(it.islice(range(100), 95, 200)))
print(list(it.islice(it.cycle("xyz"), 7)))
print(list(it.repeat("r", 3)), list(zip(it.repeat(0), "ab")))
print(list(it.chain("ab", [1, 2], ())))
print(list(it.chain.from_iterable(["xy", "z", ""])))
print(list(it.chain.from_iterable(map(range, [1, 2, 3]))))

src = iter(range(6))
a, b = it.tee(src)
print(next(a), next(a), list(b), list(a))
t1, t2, t3 = it.tee("hey", 3)
print(list(t1), list(t2) == list(t3))

print(list(it.zip_longest("abc", [1, 2])))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(it.takewhile(lambda x: x < 5, nums)))
print(list(it.dropwhile(lambda x: x < 5, nums)))
print(list(it.filterfalse(lambda x: x % 2, nums)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))

# moving average over a sliding window built from tee + islice
def windows(seq, n):
    iters = it.tee(seq, n)
    for i, x in enumerate(iters):
        for _ in range(i):
            next(x, None)
    return zip(*iters)

print([round(sum(w) / 3, 2) for w in windows(nums, 3)])

try:
    it.batched
except AttributeError as e:
    print("AttributeError:", e)
for bad in [lambda: it.islice("abc", -1), lambda: it.permutations("ab", -1),
            lambda: it.combinations("ab", -2), lambda: it.repeat(1, "x"), lambda: it.product("a", repeat=-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(it.count()).__name__, repr(it.count(3)), repr(it.count(1, 2)), repr(it.repeat("a", 2)))
