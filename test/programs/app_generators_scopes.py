# generator pipelines, closures over loop variables, global/nonlocal, comprehension scopes, slice assignment with steps, sorting keys, container methods
def read_lines(text):
    for line in text.splitlines():
        yield line
def strip_comments(lines):
    for l in lines:
        l = l.split('#', 1)[0].strip()
        if l:
            yield l
def parse(lines):
    for l in lines:
        k, _, v = l.partition('=')
        yield k.strip(), v.strip()
text = """
# config
name = demo  # the name
size=10
empty =
"""
print(dict(parse(strip_comments(read_lines(text)))))
squares = (x * x for x in range(10))
print(next(squares), sum(squares), list(squares))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)), list(itertools.takewhile(lambda x: x < 30, fib())))
def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None: break
        total += x
    return total
g = accumulate(); next(g)
print(g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs], [(lambda i=i: i)() for i in range(3)])
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c1(10), c2(), c1.__closure__[0].cell_contents)
total = 0
def add(n):
    global total
    total += n
for i in range(5): add(i)
print(total)
x = 'global'
def outer():
    x = 'enclosing'
    def inner():
        print(x)
    inner()
    return [x for _ in range(1)]
print(outer())
def bad():
    print(y_local)
    y_local = 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)], [[r[c] for r in matrix] for c in range(3)])
print([x for row in matrix for x in row if x % 2], {x % 3: x for x in range(10)}, {c for c in 'mississippi'} == set('misp'))
print([(a, b) for a in range(3) for b in range(a)], [y for x in [[1, [2]], [3]] for y in x])
lst = list(range(10))
lst[::2] = ['a'] * 5; print(lst)
lst[1:3] = []; print(lst)
lst[2:2] = [99, 98]; print(lst)
lst[::-3] = [0, 0, 0, 0]; print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
del lst[::3]; print(lst)
print(lst[-3:], lst[:-3], lst[::-1], lst[100:], lst[-100:2], lst[5:1], lst[1:8:3], 'hello'[::-2], (1, 2, 3)[::2], range(10)[2:8:2])
a = [5, 3, 8, 1]
a.sort(key=lambda v: -v); print(a)
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: p[1]), sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted('Banana apple Cherry'.split(), key=str.lower), sorted([3, 1, 2], reverse=True), sorted({'b': 1, 'a': 2}))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(1, 0)), max(people, key=itemgetter(1)), min(people, key=lambda p: len(p[0])))
d = {'a': 1}
print(d.setdefault('b', []), d.setdefault('a', 5), d.pop('zz', 'dflt'), d.get('q'), d.update(c=3), d, d.update([('d', 4)]), dict.fromkeys('ab', 0))
print(list(d.items())[::-1], d.popitem(), d, {**d, 'a': 9}, d | {'z': 0}, sorted(d.keys() & {'a', 'q'}))
l = [1, 2, 3, 2, 1]
print(l.index(2), l.index(2, 2), l.count(1), l.remove(2), l, l.insert(-1, 7), l, l.insert(100, 8), l, l.pop(0), l.pop(-2), l)
try:
    l.index(42)
except ValueError as e:
    print(e)
l2 = [3, 1]; l2.extend(range(2)); l2 += 'ab'; print(l2, l2 * 2, [0] * 3, l2.copy() is l2, l2.reverse(), l2)
s = {1, 2, 3}
print(s.issubset({1, 2, 3, 4}), s <= {1, 2}, s.isdisjoint({7}), s.union([4], (5,)), s.intersection('abc'), s.difference([1]), s.symmetric_difference([3, 4]))
s.discard(10); s.update([4, 5], {6}); print(s, len(s), frozenset([1, 2]) | {3}, {1, 2} == frozenset({1, 2}))
try:
    s.remove(100)
except KeyError as e:
    print('KeyError', e)
words = 'the quick brown fox jumps over the lazy dog the end'.split()
freq = {}
for w in words: freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3], max(freq, key=freq.get))
print(list(zip('abc', range(5))), list(enumerate('xy', start=1)), list(map(pow, [2, 3], [3, 2])), list(filter(None, [0, 1, '', 'a', None])))
print(any(x > 3 for x in [1, 5]), all([]), any([]), list(reversed(range(3))), divmod(-7, 2), round(2.675, 2))
