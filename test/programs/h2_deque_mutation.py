# gilvm-nogil: --workers 2
# deque iterators fail with "deque mutated during iteration" once the deque's state
# moved (every length or order change but reverse() and item assignment, rotate(0) too),
# as the C deque's; deque *= n with a non-int n raises list's TypeError.
from collections import deque
ops = {'rotate': lambda d: d.rotate(1), 'reverse': lambda d: d.reverse(), 'setitem': lambda d: d.__setitem__(0, 5), 'clear': lambda d: d.clear(), 'remove': lambda d: d.remove(2), 'insert': lambda d: d.insert(1, 9), 'delitem': lambda d: d.__delitem__(1), 'append+popleft': lambda d: (d.append(1), d.popleft()), 'extend[]': lambda d: d.extend([]), 'imul1': lambda d: d.__imul__(1), 'iadd[]': lambda d: d.__iadd__([]), 'rotate0': lambda d: d.rotate(0), 'imul2': lambda d: d.__imul__(2), 'imul0': lambda d: d.__imul__(0), 'extendleft': lambda d: d.extendleft('ab'), 'pop': lambda d: d.pop(), 'count': lambda d: d.count(1), 'index': lambda d: d.index(2), 'copy': lambda d: d.copy()}
for name, op in ops.items():
    d = deque([1,2,3]); it = iter(d); next(it); op(d)
    try: print(name, list(it), d)
    except RuntimeError as e: print(name, e)
d = deque([1,2,3]); it = reversed(d); next(it); d.append(0)
try: next(it)
except RuntimeError as e: print('rev', e)
d = deque([1,2,3]); it = iter(d); d.append(0)
try: next(it)
except RuntimeError as e: print('first', e)
d = deque([1,2,3]); it = iter(d); next(it); next(it); next(it); d.append(4)
try: next(it)
except RuntimeError as e: print('last', e)
d = deque(range(5), maxlen=5); it = iter(d); next(it); d.append(9)
try: next(it)
except RuntimeError as e: print('maxlen', e)
try:
    for x in d: d.append(x)
except RuntimeError as e: print('loop', e)
print(list(reversed(deque('abc'))), [x for x in deque(range(4))], sum(deque([1.5, 2])))
for bad in ['x', 1.0]:
    d = deque([1])
    try: d *= bad
    except TypeError as e: print(e)
d = deque([1, 2]); d *= 1; print(d); d *= 3; print(d)
