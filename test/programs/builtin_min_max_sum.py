# min, max (iterable or arguments, key, default), sum (start), abs, all, any, len.
print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min((5,)), max(range(10)))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([1, 2], default=0))
print(max([3, 1, 3], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
print(min("b", "a", "c", key=str.upper), max(-5, 3, key=abs), max([-5, 5], key=abs))
print(max({"a": 3, "b": 9}), max({"a": 3, "b": 9}, key={"a": 3, "b": 9}.get))
print(min(x * x for x in range(-3, 3)), max(1, 2.5, True), min(0, -0.0), max(-0.0, 0))
for bad in (lambda: max([]), lambda: min(()), lambda: max(1), lambda: min(1, "a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([0.1, 0.2]), sum([[1], [2]], []))
print(sum(range(101)), sum(x for x in range(10) if x % 2), sum([True, True, False]), sum([1, 2.5]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-5), abs(3.5), abs(-0.0), abs(True), abs(-10 ** 30), abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print(all([1, 2, 3]), all([1, 0]), all([]), all(""), all(x > 0 for x in [1, 2]))
print(any([0, 0, 1]), any([]), any(["", None, 0]), any(x > 5 for x in range(10)))
print(len("abc"), len([1, 2]), len({}), len({1: 2}), len(range(5, 50, 5)), len(frozenset("aab")))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
scores = {"ann": 88, "bob": 95, "cid": 72}
best = max(scores, key=scores.get)
worst = min(scores.items(), key=lambda kv: kv[1])
print(best, worst, sum(scores.values()) / len(scores))
checks = []


def check(v):
    checks.append(v)
    return v > 2


print(any(check(v) for v in [1, 3, 5]), checks)
checks.clear()
print(all(check(v) for v in [3, 1, 5]), checks)
