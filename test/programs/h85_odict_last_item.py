# OrderedDict iteration: a change made while the last item is in hand raises nothing (the
# iterator is done as it yields the last key, as CPython's odictiter); earlier ones raise.
from collections import OrderedDict
d = OrderedDict(a=1)
for k in d:
    d['b'] = 2
print(list(d))
d = OrderedDict(a=1, b=2)
try:
    for k in d:
        d['c'] = 3
except RuntimeError as e:
    print('RE', e)
print(list(d))
d = OrderedDict(a=1, b=2)
for k in reversed(d):
    if k == 'a': d['z'] = 0
print(list(d))
d = OrderedDict(a=1, b=2)
for k in d:
    if k == 'b': del d['a']
print(list(d))
d = OrderedDict(a=1)
it = iter(d.items())
print(next(it))
d['q'] = 5
print(list(it))
d = OrderedDict(a=1, b=2)
it = iter(d.values())
print(next(it))
d.move_to_end('a')
try:
    print(next(it))
except RuntimeError as e:
    print('RE', e)
e = OrderedDict()
print(list(e), list(reversed(e)))
d = {'a': 1}
try:
    for k in d: d['b'] = 2
except RuntimeError as e: print('RE', e)
