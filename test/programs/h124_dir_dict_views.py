# gilvm-nogil:
# dir() of dict views, their iterators, a list's reverse iterator and NotImplemented lists
# what CPython's type dicts hold (the views' set operators, isdisjoint and mapping)
d = {'a': 1, 'b': 2}
for o in [d.keys(), d.values(), d.items(), iter(d.values()), iter(d.items()), reversed(d),
          reversed(d.values()), reversed(d.items()), reversed([1]), NotImplemented]:
    print(type(o).__name__, [n for n in dir(o) if n not in dir(object)])
k = d.keys()
print(k.mapping, k.isdisjoint({'c'}), sorted(k & {'a'}), sorted(k - {'a'}), list(reversed(k)))
print(d.items().mapping is not d, d.values().mapping == d)
