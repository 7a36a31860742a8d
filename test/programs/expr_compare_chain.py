# Chained comparisons (each operand evaluated once), identity and membership.
calls = []


def v(x):
    calls.append(x)
    return x


print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(1) < v(3) < v(2) < v(4))
print(calls)            # stops after the first false link
calls.clear()
print(v(5) > v(3) == v(3) >= v(1) != v(0))
print(calls)
x = 5
print(0 <= x < 10, 0 < x < 5, x == 5 == 5.0, 1 < x > 3)
print([1, 2] < [1, 3], (1, 2, 3) < (1, 2), "abc" < "abd", "Z" < "a", "" < "a")
print([1, [2, 3]] == [1, [2, 3]], (1, 2) == [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} > {1}, frozenset({1}) == {1})
print(1 == 1.0, True == 1, None == 0, None is None)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, not a is c)
print(2 in a, 3 not in a, "b" in "abc", "ac" in "abc", "" in "abc")
print(1 in {1: "x"}, "x" in {1: "x"}, 2 in range(0, 10, 2), 3 in range(0, 10, 2))
print(3 in (1, 2, 3), [1] in [[1], [2]], None in [None])
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n], [n] == [n], (n,) == (n,))   # identity shortcut in containers
try:
    print([1] < "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1 < None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({1} < [1])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1.5, True, -2]), max("apple", "banana", "cherry"))
