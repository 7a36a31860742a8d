# gilvm-nogil:
# set operators on dict views build their result as CPython 3.11 does (the order the set prints in): items ^ items is dictitems_xor; an OrderedDict view uses the dict view operators (it made sets of both sides first)
from collections import OrderedDict
def tryit(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)
od = OrderedDict(a=1, b=2, c=3)
tryit(lambda: od.keys() & 5)
tryit(lambda: 5 & od.keys())
tryit(lambda: od.keys() | None)
tryit(lambda: od.items() - 1.5)
tryit(lambda: od.items() ^ [1])
tryit(lambda: od.keys() ^ od.keys())
tryit(lambda: od.keys() - od)
tryit(lambda: od.values() & {1})
tryit(lambda: od.items() - {('a', 1)})
tryit(lambda: {'a', 'z'} - od.keys())
tryit(lambda: ['c', 'q'] & od.keys())
tryit(lambda: od.keys() & {'a': 0}.keys())
tryit(lambda: od.items() ^ {'a': 1, 'b': 5}.items())
tryit(lambda: type(od.keys() | set()).__name__)
import itertools
keysets = [dict(zip('abcdefgh', range(8))), {i: str(i) for i in range(0, 40, 3)}, {(i, 'x'): i for i in range(10)}]
others = [{'a', 'c', 'z'}, set(range(0, 40, 4)), [('b', 1), ('c', 2), ('q', 0)], {(1, 'x'), (5, 'x')}, ['c', 'a', 9]]
for kind in (dict, OrderedDict):
    out = []
    for d in keysets:
        d = kind(d)
        for o in others:
            for v in (d.keys(), d.items()):
                for name, f in [('and', lambda a, b: a & b), ('or', lambda a, b: a | b), ('sub', lambda a, b: a - b), ('xor', lambda a, b: a ^ b)]:
                    try:
                        out.append(str(f(v, o)))
                    except TypeError as e:
                        out.append('TE')
                    try:
                        out.append(str(f(o, v)))
                    except TypeError as e:
                        out.append('TE')
        a = kind(d); b = kind(list(d.items())[::2])
        out.append(str(a.keys() & b.keys()) + str(b.keys() | a.keys()) + str(a.items() ^ b.items()) + str(b.keys() - a.keys()))
    print(kind.__name__, hash(tuple(out)) if False else len(out))
    for line in out: print(line)
