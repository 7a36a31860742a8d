# `pair in d.items()` looks the key up (an unhashable key is a TypeError) and compares the
# value; vars() checks its arguments.
d = {'a': 1, 'b': [2], 3: None}
for pair in [('a', 1), ('a', 2), ('b', [2]), (3, None), ('z', 1), 'a', ('a',), ('a', 1, 2)]:
    print(pair, pair in d.items())
try:
    print((['x'], 1) in d.items())
except TypeError as e:
    print('TypeError:', e)


class Loud:
    def __eq__(self, other):
        print('compared')
        return True


print(('a', Loud()) in d.items(), ('z', Loud()) in d.items())
try:
    vars(d, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    vars(object=d)
except TypeError as e:
    print('TypeError:', e)
