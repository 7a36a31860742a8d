# Type constructors as functions: str, repr, list, tuple, dict, set, frozenset,
# bool, range, slice, object, plus their errors.
print(str(42), str(-1.5), str(None), str([1, "a"]), str("x"), str(b"" if False else ""), repr(str()))
print(list("ab"), list((1, 2)), list(range(3)), list({"a": 1}), list({"a": 1}.values()))
print(tuple([1]), tuple("xy"), tuple(x for x in "ab"))
print(dict(a=1), dict([("k", "v"), ("k2", "v2")]), dict({"m": 1}, n=2), dict(zip("ab", "xy")))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(set([3, 1, 3])), sorted(frozenset("aba")), set(), frozenset(), set({"k": 0}) == {"k"})
print(bool([]), bool([0]), range(3), range(1, 4), range(0, 10, 5), list(range(-2, 2)))
print(slice(3), slice(1, 5), slice(1, 5, 2), [0, 1, 2, 3, 4, 5][slice(1, None, 2)])
print(slice(1, 2) == slice(1, 2), "abcdef"[slice(-2, None)], slice(None).indices(3))
print(type(object()).__name__, repr(object()).startswith("<object object at"))
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(repr("a"), repr(1), repr(1.0), repr([1, "a", None]), repr({"a": (1,)}), repr(True))
print(list(dict.fromkeys([3, 1, 3, 2])), tuple(sorted({"b": 0, "a": 1})))
copy = list([[1]])
print(copy, copy[0] is [[1]][0])
n = [1, 2, 3]
print(list(n) is n, tuple(t := (1, 2)) is t, str("s"), frozenset(frozenset([1])))
print(int("7") + float("0.5"), str(int("0042")), list(map(int, "1 2 3".split())))
