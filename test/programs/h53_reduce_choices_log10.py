# functools.reduce takes positional arguments only (CPython 3.11's messages); random.choices
# on an empty population draws as CPython's does before it fails, so the sequence after
# it matches; math.log10 gives glibc's last digit
import functools, operator
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(operator.add, [1, 2], 5), functools.reduce(lambda a, b: a * b, range(1, 6), 1))
for a, k in [((), {}), ((1,), {}), ((1, 2, 3, 4), {}), ((operator.add, [1]), {'initial': 5}), ((operator.add, []), {})]:
    try:
        functools.reduce(*a, **k)
    except TypeError as e:
        print(e)
import random
random.seed(1)
try:
    random.choices([], k=2)
except IndexError as e:
    print('IndexError', e)
print(random.random())
for w in ({'weights': []}, {'cum_weights': []}):
    try:
        random.choices([], k=2, **w)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(random.choices([], k=0), random.random())
import math
print([repr(math.log10(x)) for x in (6.909082925019724e+102, 26640.953580151316, 0.5500469225640081, 7e300, 5e-324)])
