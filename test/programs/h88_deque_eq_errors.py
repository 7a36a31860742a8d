# deque.index / deque.remove: an error raised by an item's __eq__ propagates (only list.index's
# own 'not in list' becomes 'x is not in deque').
from collections import deque
class E:
    def __eq__(s, o): raise ValueError('eq')
d = deque([E()])
for f in (lambda: d.index(1), lambda: d.remove(1)):
    try: f()
    except ValueError as e: print('VE', e)
d = deque([1, 2, 3])
try: d.index(7)
except ValueError as e: print('VE', e)
try: d.remove(7)
except ValueError as e: print('VE', e)
print(d.index(2), d.remove(2), d)
class K:
    def __eq__(s, o): raise KeyError('k')
try: deque([K()]).index(0)
except KeyError as e: print('KE', e)
