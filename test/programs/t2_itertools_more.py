# Tier 2: itertools beyond the basics: laziness, partial consumption, reprs, errors.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile,
                       takewhile, filterfalse, starmap, islice, pairwise, zip_longest,
                       groupby, product, permutations, combinations,
                       combinations_with_replacement, tee)

c = count(5)
print(next(c), next(c), c, count(1.5, 0.5), repeat("a", 2), repeat(None))
print(type(c).__name__, type(c), isinstance(chain(), chain))
print(list(zip(count(), "abc")), list(islice(count(0, -2), 3)))
r = repeat(7, 3)
print(next(r), list(r), list(repeat(1, -1)))
cy = cycle([1, 2])
print([next(cy) for _ in range(5)], list(cycle([])))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], initial=100)), list(accumulate([])))
print(list(chain.from_iterable(["ab", "cd"])), list(chain()), list(chain([1], (), [2])))
print(list(filterfalse(None, [0, 1, "", "x"])), list(filterfalse(lambda x: x % 2, range(6))))
print(list(starmap(lambda a, b: a - b, [(5, 1), (3, 3)])), list(compress(range(10), cycle([1, 0]))))
print(list(islice("abcdefg", 2, None)), list(islice("abcdefg", 1, 6, 2)), list(islice("abc", 0)), list(islice("abc", None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
print(list(pairwise("abcd")), list(pairwise("a")), list(zip_longest("ab", "xyz")), list(zip_longest()))
print(list(product([1, 2], "xy")), list(product()), list(product([], [1])), len(list(product(range(3), repeat=3))))
print(list(permutations("abc")), list(permutations([1, 2], 3)), list(combinations(range(4), 3)), list(combinations("ab", 0)))
print(list(combinations_with_replacement([1, 2, 3], 2)))
words = ["apple", "avocado", "banana", "blueberry", "cherry", "akee"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
g = groupby([1, 1, 2, 2, 2, 3])
k1, grp1 = next(g)
k2, grp2 = next(g)
print(k1, list(grp1), k2, list(grp2), [(k, len(list(v))) for k, v in g])
print([k for k, _ in groupby("")], [k for k, _ in groupby("aabbbc")])
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), len(tee("x", 3)))
print(list(takewhile(str.isdigit, "12ab3")), list(dropwhile(str.isdigit, "12ab3")))
def squares():
    n = 0
    while True:
        yield n * n
        n += 1
print(list(takewhile(lambda v: v < 50, squares())), sum(islice(squares(), 10)))
for bad in (lambda: islice("a", -1), lambda: islice("a", 0, 1, 0), lambda: islice("a"),
            lambda: list(permutations("a", -1)), lambda: combinations("a", -2),
            lambda: product("a", repeat=-1), lambda: count("a")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
