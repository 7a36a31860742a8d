# Tuple/list/dict/set displays, trailing commas, empty forms, nesting, reprs.
print((), (1,), (1, 2), 1, [], [1], [1, 2,], {}, {1: 2}, {1, 2}, set())
t = 1, 2, 3
print(t, type(t).__name__, len(t))
empty_t = ()
print(empty_t == tuple(), [] == list(), {} == dict(), set() == set([]))
nested = {"list": [1, (2, 3), {4}], "dict": {"x": None}, "tuple": ((),)}
print(nested)
print([[]] * 3, [[] for _ in range(2)], ((1,),), [(), [], {}])
print({1: "a", 1.0: "b", True: "c"})
print({"b": 1, "a": 2, "c": 3}, list({"b": 1, "a": 2}))
print({1, 2, 3}, sorted({10, 5, 7, 1}), sorted({-1, -2}), frozenset({1, 2}), frozenset())
print({(1, 2), (0, 1)} == {(0, 1), (1, 2)}, sorted({"pear", "apple", "fig"}))
print([1, "two", 3.0, None, True, ...], Ellipsis, ... is Ellipsis)
print(repr("a'b"), [repr('x"y')], ["it's"], {'k': "v'"})
print(str([1.0, -0.0, 1e100, float("inf")]), (0.1, 0.2))
big = [list(range(3)), tuple("ab"), {"z": {"y": {"x": []}}}]
print(big)
l = [1, 2]
l.append(l)
print(l)
d = {"self": None}
d["self"] = d
print(d)
print(len({1, 1, 1, 2}), len({"a": 1, "a": 2}), {"a": 1, "a": 2})
print(type({}).__name__, type({1}).__name__, type(()).__name__, type((1)).__name__)
