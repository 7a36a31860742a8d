# OrderedDict's keys/values/items are odict_* views (repr, live, set operations,
# comparisons), and an unhashable deque names its type as CPython does.
from collections import OrderedDict, deque

od = OrderedDict(a=1, b=2, c=3)
k, v, i = od.keys(), od.values(), od.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__, type(k))
od['d'] = 4
od.move_to_end('a')
print(k, list(reversed(k)), len(v), ('d', 4) in i, 4 in v)
print(sorted(k & {'a', 'z'}), sorted(k | {'z'}), sorted(k - {'a'}), sorted(k ^ {'a', 'q'}))
print(k == {'a', 'b', 'c', 'd'}, k != {'a'}, k <= {'a', 'b', 'c', 'd', 'e'}, k > {'a'})
print(i == {('a', 1), ('b', 2), ('c', 3), ('d', 4)}, k == ['a', 'b', 'c', 'd'])
print(k.isdisjoint(['x', 'y']), k.isdisjoint('ab'))
for key, val in od.items():
    print(key, val, end='; ')
print()
print(OrderedDict().keys(), OrderedDict(x=[1]).values())
for d in (deque([1]), deque()):
    try:
        hash(d)
    except TypeError as e:
        print(e)


class MyDeque(deque):
    pass


try:
    {MyDeque(): 1}
except TypeError as e:
    print(e)
