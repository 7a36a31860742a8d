# Sets holding None, NotImplemented, Ellipsis or built-in types iterate in CPython's order:
# their CPython hashes are addresses whose low bits are fixed by the build, and gilvm's
# hashes of them have the same low bits.
print({None, 1}, {3, None, 2}, set([None, 2, 4]), {None, "a"} == {"a", None})
print({int, str, float}, {type(x) for x in [1, "a", 2.0, None, [], (), {}]})
print({ValueError, TypeError, KeyError}, {..., None, NotImplemented})
print(frozenset([bool, list, dict, set, tuple, object, type]))
d = {}
for t in [str, int, list, float, dict]:
    d.setdefault(t, len(d))
print(set(d), hash(None) == hash(None), len({None, None, 0}))
s = {None, 5, int}
s.discard(5)
s.add(ZeroDivisionError)
print(s, s.pop() in (None, int, ZeroDivisionError))
