# reversed() of a dict and of its views iterates the live dict from its end, as CPython's
# dict_reverse*iterator: changes of size raise, value changes are seen, deleted entries
# are skipped
d = {1: 'a', 2: 'b', 3: 'c', 4: 'd'}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
for v in [reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())]:
    print(type(v).__name__, v.__length_hint__(), iter(v) is v)
try:
    for k in reversed(d):
        print(k)
        if k == 3:
            d[10] = 'x'
except RuntimeError as e:
    print('RuntimeError', e)
d2 = {1: 1, 2: 2}
it = reversed(d2.items())
d2[1] = 100
print(list(it))
d3 = dict.fromkeys(range(8))
del d3[3]
del d3[7]
del d3[0]
print(list(reversed(d3)))
it = reversed(d3)
print(next(it), it.__length_hint__())
del d3[6]
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
try:
    next(it)
except RuntimeError as e:
    print('again', e)
print(list(reversed({})), list(reversed({}.items())))
it = reversed({'x': 1})
print(next(it), next(it, 'done'), next(it, 'done'))


class D(dict):
    pass


class R(dict):
    def __reversed__(self):
        return iter(['custom'])


print(list(reversed(D(a=1, b=2))), list(reversed(R(a=1))))
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
print(sum(reversed(big)), list(reversed(big.values()))[:3])
e = {'k': [1]}
r = reversed(e.items())
del e
print(next(r))
