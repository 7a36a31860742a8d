# set and frozenset: add, discard, remove, pop, union/intersection/difference/
# symmetric_difference (methods and operators), subset tests, in-place forms.
# Sets are printed through sorted() so the output does not depend on hash order.
primes = {2, 3, 5, 7}
odds = {1, 3, 5, 7, 9}
print(sorted(primes | odds), sorted(primes & odds), sorted(primes - odds), sorted(primes ^ odds))
print(sorted(primes.union([11], (13,))), sorted(primes.intersection(range(4))),
      sorted(primes.difference({2})), sorted(primes.symmetric_difference({2, 4})))
s = set()
s.add(3)
s.add(3)
s.add(1)
s.discard(99)
s.discard(3)
print(s, len(s))
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop(), s)
try:
    s.pop()
except KeyError as e:
    print(type(e).__name__, e)
a = {1, 2, 3}
a |= {4}
a &= {1, 2, 4, 8}
a -= {1}
a ^= {2, 10}
print(sorted(a))
a.update([20, 30], {40})
a.intersection_update(range(25))
print(sorted(a))
a.difference_update({4})
a.symmetric_difference_update({10, 11})
print(sorted(a))
print({1, 2} <= {1, 2, 3}, {1, 2}.issubset([1, 2]), {1, 2, 3}.issuperset({3}), {1} < {1})
print({1, 2}.isdisjoint({3}), {1, 2}.isdisjoint([2]), set() < {0})
fs = frozenset([3, 1, 2, 1])
print(len(fs), sorted(fs), 2 in fs, type(fs | {9}).__name__, type({9} | fs).__name__)
print(hash(fs) == hash(frozenset({1, 2, 3})), {fs: "frozen as key"}[frozenset([1, 2, 3])])
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
words = ["pear", "apple", "pear", "fig", "apple"]
unique = set(words)
print(len(unique), sorted(unique), "fig" in unique)
seen = set()
dedup = [w for w in words if not (w in seen or seen.add(w))]
print(dedup)
c = {1, 2, 3}.copy()
c.clear()
print(c, set("aab") == {"a", "b"}, set(range(3)) == {0, 1, 2}, {1, 2} == frozenset({1, 2}))
print(sorted({x % 4 for x in range(20)}), sorted(set("hello") - set("world")))
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(set(), frozenset(), repr(set()), {0}, {1, 2, 3}, frozenset({5}))
