# gilvm-nogil: --workers 2
# set/frozenset: operators vs methods with iterables, in-place ops, comparisons, errors, frozenset hashing/equality, mutation during iteration, reprs.
def t(f):
    try:
        r = f()
        print(repr(sorted(r)) if isinstance(r, (set, frozenset)) else repr(r))
    except Exception as e:
        print(type(e).__name__, e)
a = {1, 2, 3}; b = {3, 4}
t(lambda: a | b); t(lambda: a & b); t(lambda: a - b); t(lambda: a ^ b); t(lambda: a.union([5], (6,), "7")); t(lambda: a.intersection(range(2, 10), [3, 2])); t(lambda: a.difference([1], [2])); t(lambda: a.symmetric_difference([3, 9]))
t(lambda: a | [4]); t(lambda: a & "ab"); t(lambda: [1] - a); t(lambda: a.union(5)); t(lambda: a.issubset([1, 2, 3, 4])); t(lambda: a.issuperset(range(2))); t(lambda: a.isdisjoint(iter([7, 8]))); t(lambda: a.issubset(5))
t(lambda: (a < {1, 2, 3, 4}, a <= a, a < a, a > {1}, a >= {1, 5}, a == frozenset(a), a != {1}, {1} < frozenset({1, 2}))); t(lambda: a < [1, 2, 3, 4]); t(lambda: a <= 5)
c = {1, 2}; c |= {3}; c &= {1, 3, 5}; c -= {1}; c ^= {7, 3}; print(sorted(c))
t(lambda: c.update([1], (2,))); print(sorted(c)); c.intersection_update([1, 2, 99]); print(sorted(c)); c.difference_update([1]); print(sorted(c)); c.symmetric_difference_update([2, 5]); print(sorted(c))
def ior():
    s = {1}
    s |= [2]
    return s
t(ior)
t(lambda: {1}.remove(2)); t(lambda: set().pop()); t(lambda: {1}.discard(2)); t(lambda: {[]}); t(lambda: {1}.add([])); t(lambda: [] in {1}); t(lambda: {1}.remove({2})); t(lambda: {frozenset({2})}.remove({2})); t(lambda: {2} in {frozenset({2})})
t(lambda: set(5)); t(lambda: set([1], [2])); t(lambda: frozenset("aab")); t(lambda: set(x=1)); t(lambda: hash(set())); t(lambda: hash(frozenset()) == hash(frozenset())); t(lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(set(), frozenset(), {1}, frozenset({1}), repr(set([3])), type({1} | frozenset({2})).__name__, type(frozenset({2}) | {1}).__name__, type(frozenset({1}).copy()).__name__)
f = frozenset([1, 2]); print(f.copy() is f, {f: 1}[frozenset([2, 1])], frozenset(f) is f, len(f), 2 in f)
def mut():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(mut)
def mut2():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
t(mut2)
class S(set):
    pass
s = S([1, 2]); print(type(s | {3}).__name__, type(s.copy()).__name__, sorted(s), s == {1, 2}, isinstance(s, set))
t(lambda: {1, 2} == {1.0, 2.0}); t(lambda: {True, 1, 1.0}); t(lambda: {0, False, -0.0}); t(lambda: {float("nan"), float("nan")}.__len__()); t(lambda: len({(1, 2), (1, 2)}))
print(sorted({x % 3 for x in range(10)}), {1, 2} - {2} == {1}, sum({1, 2, 3}), max({5, 1}), sorted(set("hello")), sorted(frozenset(range(5)) & {3, 4, 7}))
t(lambda: {1, 2}.__contains__(1)); t(lambda: set.add({1}, 2)); t(lambda: set.union()); t(lambda: frozenset.union(frozenset({1}), [2])); t(lambda: {1} + {2}); t(lambda: {1} * 2); t(lambda: -{1})
g = {1, 2, 3}; g2 = g; g -= {1}; print(g is g2, sorted(g2)); h = frozenset({1, 2}); h2 = h; h |= {5}; print(h is h2, sorted(h2), sorted(h))
e = set(); e.add(1); e.add(1); e.clear(); print(e, len(e), bool(e), bool({0}))
