# Dunders called directly check their arguments as CPython's wrappers do: an attribute name
# that is not a str (it was read as one: heap damage), a missing or extra argument (a
# missing one was read from a stale stack word).
class C:
    pass


c = C()
calls = [
    lambda: object.__setattr__(c, 2.5, 1), lambda: c.__setattr__(1, 2), lambda: (5).__delattr__(1.5),
    lambda: object().__getattribute__((1,)), lambda: C().__getattribute__(None), lambda: (5).__format__(None),
    lambda: object.__format__(c, 1), lambda: type.__setattr__(C, 1, 2), lambda: object.__delattr__(c, None),
    lambda: c.__setattr__('x'), lambda: c.__setattr__('x', 1, 2), lambda: c.__getattribute__(),
    lambda: {}.__setitem__(1), lambda: {}.__getitem__(), lambda: (1).__index__(1), lambda: ().__hash__(1),
    lambda: {}.__setitem__(1, 2, 3), lambda: frozenset.__le__(None, 'b'), lambda: C.__getattribute__(c, 5),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
d = {'a': 1, 'b': 2}
try:
    d.__setitem__('a')
except TypeError as e:
    print('TypeError:', e)
print(d, [1, 2, 3], vars(c))
c.__setattr__('x', 5)
print(c.__getattribute__('x'), (7).__format__('03'), d.__getitem__('b'))
