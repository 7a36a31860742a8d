# islice's argument messages (CPython's islice_new: stop -1 names the stop, below it the
# indices) and deque.maxlen, read-only as CPython's member for assignment and del.
import itertools
from collections import deque
for args in ((-2,), (-1,), ('x',), (1, -2), (-1, 3), (None,), (2**70,)):
    try:
        print(list(itertools.islice(range(5), *args)))
    except ValueError as e:
        print('ValueError:', e)
d = deque([1], maxlen=3)
print(d.maxlen, deque.maxlen.__doc__)
for v in (5, None):
    try:
        d.maxlen = v
    except AttributeError as e:
        print('AttributeError:', e)
try:
    del d.maxlen
except AttributeError as e:
    print('AttributeError:', e)
