# gilvm-nogil:
# set/frozenset METH_O methods (symmetric_difference[_update], issubset, issuperset,
# isdisjoint) check their one argument and name their owner; update() takes no keywords;
# the varargs methods take any number of iterables. isdisjoint() with no argument used to hang.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
for s in [{1}, frozenset({1})]:
    for m in ['symmetric_difference', 'symmetric_difference_update', 'issubset', 'issuperset', 'isdisjoint', 'union', 'difference_update', 'intersection_update', 'update', 'add', 'discard', 'remove', 'copy', 'clear', 'pop']:
        if not hasattr(s, m): continue
        f = getattr(s, m)
        t(lambda: f())
        t(lambda: f([1], [2]))
        t(lambda: f(x=[1]))
        t(lambda: f([1], x=[1]))
s = set()
print(len(s.union(*[[i] for i in range(300)])), len(s.intersection(*[[i] for i in range(150)])))
s.update(*[[i] for i in range(200)]); print(len(s))
s.difference_update(*[[i] for i in range(150)]); print(len(s))
