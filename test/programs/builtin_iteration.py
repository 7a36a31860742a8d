# enumerate, zip, map, filter, reversed, iter (including the two-argument form),
# next with default; laziness and exhaustion of the returned iterators.
names = ["ann", "bob", "cid"]
ages = [31, 25]
print(list(enumerate(names)), list(enumerate(names, start=10)), list(enumerate("")))
print(list(zip(names, ages)), list(zip()), list(zip("ab")), list(zip(names, ages, "xyz")))
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str.upper, names)), list(map(pow, [2, 3], [3, 2])), list(map(len, names)))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(str.isdigit, "a1b2")))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"a": 1, "b": 2})), "".join(reversed("stressed")))
trace = []


def noisy(x):
    trace.append(x)
    return x * 10


lazy = map(noisy, [1, 2, 3])
print(trace, next(lazy), trace, list(lazy), trace, list(lazy))
z = zip([1, 2], "ab")
print(next(z), list(z), list(z))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
values = iter([5, 6, 0, 7])
print(list(iter(lambda: next(values), 0)))
counter = [0]


def tick():
    counter[0] += 1
    return counter[0]


print(list(iter(tick, 4)))
e = enumerate("xy")
print(next(e), next(e), next(e, "end"))
it2 = iter(range(5))
for x in it2:
    if x == 1:
        print("skipping", next(it2))
print(iter(it2) is it2, list(it2))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
pairs = list(zip(range(3), range(10, 13)))
first, second = zip(*pairs)
print(first, second)
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20], [100, 200, 300])))
print(sum(map(int, "12345")), max(map(len, ["a", "abc", "ab"])), list(filter(lambda c: c in "aeiou", "education")))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(row) for row in matrix])
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
