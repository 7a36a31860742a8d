# gilvm-nogil:
# set/frozenset METH_O methods (symmetric_difference[_update], issubset, issuperset,
# isdisjoint) check their one argument and name their owner; update() takes no keywords;
# the varargs methods take any number of iterables. isdisjoint() with no argument used to hang.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# direct calls (method descriptors: messages name set/frozenset)
for s in [{1}, frozenset({1})]:
    t(lambda: s.symmetric_difference()); t(lambda: s.symmetric_difference([1], [2])); t(lambda: s.symmetric_difference(x=[1]))
    t(lambda: s.issubset()); t(lambda: s.issubset([1], [2])); t(lambda: s.issubset(x=1))
    t(lambda: s.issuperset()); t(lambda: s.issuperset([1], [2])); t(lambda: s.issuperset([1], x=1))
    t(lambda: s.isdisjoint()); t(lambda: s.isdisjoint([1], [2])); t(lambda: s.isdisjoint(x=1))
    t(lambda: s.union()); t(lambda: s.union([1], [2])); t(lambda: s.union(x=1))
    t(lambda: s.intersection(x=1)); t(lambda: s.difference(x=1))
    t(lambda: s.copy(1)); t(lambda: s.copy(x=1))
s = {1}
t(lambda: s.symmetric_difference_update()); t(lambda: s.symmetric_difference_update([1], [2])); t(lambda: s.symmetric_difference_update(x=1))
t(lambda: s.update(x=1)); t(lambda: s.update([5], x=1)); t(lambda: s.intersection_update(x=1)); t(lambda: s.difference_update(x=1))
t(lambda: s.add()); t(lambda: s.discard(1, 2)); t(lambda: s.remove(x=1)); t(lambda: s.pop(1)); t(lambda: s.clear(1))
print(s)
s = set()
print(len(s.union(*[[i] for i in range(300)])), len(s.intersection(*[[i] for i in range(150)])))
s.update(*[[i] for i in range(200)]); print(len(s))
s.difference_update(*[[i] for i in range(150)]); print(len(s))
