# gilvm-nogil: --workers 2
# itertools tools whose per-item work is a native step over a state list (permutations,
# combinations, combinations_with_replacement, product, islice, accumulate, zip_longest,
# count): edge cases, what islice consumes from its iterator, errors from the source,
# next() mixed with for, a count shared by threads.
import itertools as it
import operator
import threading

print(list(it.permutations('abc')), list(it.permutations(range(4), 2))[:5])
print(list(it.permutations([], 0)), list(it.permutations([1], 2)), list(it.permutations('ab', 0)))
print(sum(1 for _ in it.permutations(range(7))), len(set(it.permutations(range(6), 3))))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 3)), list(it.combinations('', 0)))
print(sum(1 for _ in it.combinations(range(16), 6)), list(it.combinations(range(3), 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)),
      list(it.combinations_with_replacement('', 0)), list(it.combinations_with_replacement('ab', 0)))
print(list(it.product('ab', [1, 2])), list(it.product()), list(it.product('ab', [])),
      list(it.product([0, 1], repeat=3))[-2:], list(it.product('x', repeat=0)))
print(sum(1 for _ in it.product(range(6), range(7), 'abc')))

src = iter(range(20))
print(list(it.islice(src, 2, 9, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 3, 2)), next(src), list(it.islice(src, None)), list(it.islice('abcdefg', 0, None, 2)))
print(list(it.islice([None, 0, None, False], 4)), list(it.islice(it.count(), 5, 8)))

print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.accumulate([], initial=7)),
      list(it.accumulate([])), list(it.accumulate(['a', 'b', 'c'])))
print(list(it.accumulate([None], initial=None)), list(it.accumulate([[1], [2]])))

print(list(it.zip_longest('abc', [1], fillvalue='-')), list(it.zip_longest()),
      list(it.zip_longest([None], [], [1, 2])), list(it.zip_longest('ab', 'cd')))

c = it.count(5)
print(next(c), next(c), repr(c))
for x in c:
    if x > 9:
        break
print(repr(c), next(c), repr(it.count(1.5, 0.5)), [next(it.count(2, -1)) for _ in range(2)])
f = it.count(0.0, 0.25)
print([next(f) for _ in range(5)], repr(f), repr(it.count(10**20, 10**19)))

p = it.permutations(range(3))
print(next(p), [q for q in p], next(p, 'done'))

def broken():
    yield 1
    raise ValueError('source broke')
for make in (lambda: it.islice(broken(), 5), lambda: it.accumulate(broken()),
             lambda: it.zip_longest(broken(), 'ab')):
    got = []
    try:
        for x in make():
            got.append(x)
    except ValueError as e:
        print('ValueError', e, got)
try:
    list(it.accumulate([1, 'a']))
except TypeError as e:
    print('TypeError', e)

ids = it.count()
seen = []
lock = threading.Lock()
def take():
    mine = [next(ids) for _ in range(2000)]
    with lock:
        seen.extend(mine)
threads = [threading.Thread(target=take) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(seen), len(set(seen)), sorted(seen) == list(range(8000)), next(ids))

# unpacking a tuple or list subclass reads its items unless the class has its own __iter__
import collections
P = collections.namedtuple('P', 'x y')
print(sum(x * y for x, y in [P(i, i + 1) for i in range(100)]))
class Backwards(tuple):
    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None, None, -1)))
class Plain(list):
    pass
a, b, c = Backwards((1, 2, 3))
d, e = Plain(['d', 'e'])
print(a, b, c, d, e)
try:
    f, g = P(1, 2), 3, 4
except ValueError as err:
    print('ValueError', err)
try:
    f, g, h = P(1, 2)
except ValueError as err:
    print('ValueError', err)

# groupby: CPython's groupby_next / _grouper_next, each group's values one native step each
from itertools import groupby
print([(k, list(g)) for k, g in groupby('aaabccdaa')])
print([k for k, g in groupby([1, 1, 2, 3, 3, 3])])
gs = list(groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
it = groupby('aabbcc')
k1, g1 = next(it)
print(k1, next(g1))
k2, g2 = next(it)
print(k2, list(g1), list(g2))
print([(k, len(list(g))) for k, g in groupby(range(20), key=lambda x: x // 6)])
print(list(groupby([])), [(k, list(g)) for k, g in groupby([None, None, 0])])
def bad(x):
    if x == 3: raise ValueError('key failed')
    return x % 2
try:
    print([(k, list(g)) for k, g in groupby([1, 3, 5, 3], key=bad)])
except ValueError as e:
    print('ValueError', e)
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v // 10 == o.v // 10
    def __repr__(self): return f'K({self.v})'
print([(k, [x.v for x in g]) for k, g in groupby([K(1), K(5), K(12), K(19), K(3)])])
g = groupby('xxyy')
_, first = next(g)
_, second = next(g)
print(list(first), list(second), list(g))
