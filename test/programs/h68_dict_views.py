# Dict views: truth value by length (empty views were true), isdisjoint by `in` on the view
# (an items view with an unhashable value raised), .mapping (3.10).
d = {}
print(bool(d.keys()), bool(d.values()), bool(d.items()), not d.items())
if d.keys():
    print("nonempty?")
d2 = {1: 2}
print(bool(d2.keys()), bool(d2.values()), bool(d2.items()))
d = {'a': [1], 'b': 2}
print(d.items().isdisjoint([('b', 2)]), d.items().isdisjoint([('b', 3)]))
print(d.items() & {('b', 2)})
print(d.keys().isdisjoint('xyz'), d.keys().isdisjoint('ab'), d.keys().isdisjoint({'q', 'r', 's', 'a'}))
print(d.keys().isdisjoint(d.keys()), {}.keys().isdisjoint({}.keys()))
e = {'a': 1}
print(e.keys().mapping, e.values().mapping['a'], e.items().mapping == e, type(e.keys().mapping).__name__)
try:
    e.keys().mapping = 3
except AttributeError as ex:
    print('AttributeError', ex)
try:
    d.items().isdisjoint({('c', 1), ('b', 2), ('x', 1)})
except TypeError as ex:
    print('TypeError', ex)
print(d.items().isdisjoint(5) if False else 'skip')
try:
    d.keys().isdisjoint(5)
except TypeError as ex:
    print('TypeError', ex)
