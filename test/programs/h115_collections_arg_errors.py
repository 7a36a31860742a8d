# gilvm-nogil:
# deque / defaultdict / OrderedDict methods are C in CPython: their argument errors are the
# C messages, keywords are refused where CPython refuses them, and deque's own __init__,
# += and *= extend through the C deque_extend, not a subclass's extend
from collections import deque, defaultdict, OrderedDict
d = deque([1, 2, 3])
o = OrderedDict(a=1, b=2)
dd = defaultdict(list)
calls = [
    ('d.extend()', lambda: d.extend()), ('d.extendleft()', lambda: d.extendleft()),
    ('d.extendleft(iterable=[1])', lambda: d.extendleft(iterable=[1])),
    ('d.count()', lambda: d.count()), ('d.count(1, 2)', lambda: d.count(1, 2)),
    ('d.count(value=1)', lambda: d.count(value=1)),
    ('d.remove()', lambda: d.remove()), ('d.remove(value=1)', lambda: d.remove(value=1)),
    ('d.index()', lambda: d.index()), ('d.index(1, 0, 3, 4)', lambda: d.index(1, 0, 3, 4)),
    ('d.index(value=1)', lambda: d.index(value=1)), ('d.index(2, 0, None)', lambda: d.index(2, 0, None)),
    ('d.index(3, -2)', lambda: d.index(3, -2)), ('d.index(1, 1)', lambda: d.index(1, 1)),
    ('d.insert(1)', lambda: d.insert(1)), ('d.insert(1, 2, 3)', lambda: d.insert(1, 2, 3)),
    ('d.insert(i=0, x=1)', lambda: d.insert(i=0, x=1)),
    ('o.move_to_end()', lambda: o.move_to_end()), ('o.move_to_end("a")', lambda: o.move_to_end('a')),
    ('o.move_to_end("a", last=False)', lambda: o.move_to_end('a', last=False)),
    ('dd.__missing__()', lambda: dd.__missing__()),
    ('dd.__missing__("k")', lambda: dd.__missing__('k')),
]
for text, f in calls:
    try:
        print(text, '->', f())
    except Exception as e:
        print(text, '->', type(e).__name__, e)
# the hot methods keep plain positional-only parameters: a keyword or an extra argument is
# refused (the message is Python's, not compared here)
for text, f in [('d.extend(1, 2)', lambda: d.extend(1, 2)), ('d.extend(x=[1])', lambda: d.extend(x=[1])),
                ('o.move_to_end("a", True, 3)', lambda: o.move_to_end('a', True, 3)),
                ('d.rotate(n=1)', lambda: d.rotate(n=1)), ('dd.__missing__(key=1)', lambda: dd.__missing__(key=1))]:
    try:
        print(text, '->', f())
    except TypeError as e:
        print(text, '-> TypeError')
print(d, o, dict(dd))
d.insert(1, 'x'); d.remove('x'); d.extendleft([0, -1]); d.extend(range(4, 6)); print(d, d.count(1), d.index(5))

class Logged(deque):
    def extend(self, iterable):
        print('Logged.extend', list(iterable))
        super().extend(iterable)

q = Logged([1, 2])
q += [3]
print(q)
print(q + Logged([4]))
q *= 2
print(q)
q.extend([9])
print(q)
