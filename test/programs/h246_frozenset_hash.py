# hash(frozenset) as CPython's frozenset_hash, for elements of every hash width: small and
# big ints, negative ones (hash -1 is -2), strs are salted so only equalities are printed,
# floats, tuples, nested frozensets; sets of frozensets as states.
vals = [frozenset(), frozenset([0]), frozenset([1]), frozenset([-1]), frozenset([-2]),
        frozenset([1, 2, 3]), frozenset(range(100)), frozenset([2**61 - 1, 2**61, 2**64 + 5]),
        frozenset([-(2**63), 2**63 - 1, -(2**40)]), frozenset([0.5, 1.5, -2.25, 1e300]),
        frozenset([(1, 2), (3, 4), (-1, -2)]), frozenset([frozenset([1]), frozenset([2, 3])]),
        frozenset([True, None.__class__ is type(None)]), frozenset(range(-50, 50, 3))]
for v in vals:
    print(hash(v))
print(hash(frozenset("abc")) == hash(frozenset("cba")), hash(frozenset(["x", "y"])) == hash(frozenset(["y", "x"])))
states = set()
for i in range(300):
    states.add(frozenset(range(i % 17, i % 17 + i % 5)))
print(len(states), sorted(len(s) for s in states)[:10])
d = {frozenset({1, 2}): "a", frozenset({2, 3}): "b"}
print(d[frozenset([2, 1])], d.get(frozenset({3, 2})), frozenset({1, 2}) in states)
