# sorted() / list.sort() on keys already in order or strictly against it (found in one
# pass, as CPython's count_run finds one run), and the packed and comparator paths around
# them: the order, stability among equal keys of distinct objects, reverse=True.
import random

random.seed(70)


def show(label, items, **kw):
    out = sorted(items, **kw)
    print(label, out[:8], out[-3:] if len(out) > 8 else '')


for n in (0, 1, 2, 3, 63, 64, 65, 300):
    asc = list(range(n))
    desc = list(range(n, 0, -1))
    ties = [i // 3 for i in range(n)]
    for rev in (False, True):
        show('asc %d %s' % (n, rev), asc, reverse=rev)
        show('desc %d %s' % (n, rev), desc, reverse=rev)
        show('ties %d %s' % (n, rev), ties, reverse=rev)
        show('ties-desc %d %s' % (n, rev), ties[::-1], reverse=rev)

# equal keys from distinct objects keep their order (checked by identity)
a = float('2.5')
b = float('2.5')
c = float('1.5')
for rev in (False, True):
    for seq in ([a, b], [b, a], [c, a, b], [a, b, c], [a, c, b]):
        out = sorted(seq, reverse=rev)
        print(rev, [seq.index(x) if x is not a and x is not b else ('a' if x is a else 'b') for x in out])

# ints, bools and floats mixed, in order and against it
mixed = [0, False, 0.0, -0.0, 1, True, 1.0, 2, 2.5, 3]
for rev in (False, True):
    for seq in (mixed, mixed[::-1]):
        out = sorted(seq, reverse=rev)
        print([(type(x).__name__, x) for x in out])

# strings: in order, against it, with ties
words = ['alpha', 'beta', 'beta', 'delta', 'gamma']
for rev in (False, True):
    print(sorted(words, reverse=rev), sorted(words[::-1], reverse=rev))
    print(sorted(['b', 'a'], reverse=rev), sorted(['a', 'b'], reverse=rev), sorted(['a', 'a'], reverse=rev))

# key functions whose keys are in order or against it
people = [('ann', 30), ('bob', 25), ('cy', 25), ('di', 20)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: -p[1]))
print(sorted(people, key=lambda p: p[0], reverse=True))

# random data still sorts (packed ints, floats, strings)
r = [random.randrange(-50, 50) for _ in range(200)]
print(sorted(r) == sorted(r, key=lambda x: (x,)), sorted(r)[:10], sorted(r, reverse=True)[:10])
f = [random.random() * 10 - 5 for _ in range(200)]
print(sorted(f)[:3], sorted(f, reverse=True)[:3])
s = ['w%d' % random.randrange(30) for _ in range(200)]
print(sorted(s)[:6], sorted(s, reverse=True)[:6])

# list.sort in place, then again on the sorted list
lst = [5, 3, 9, 1]
lst.sort()
print(lst)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.sort(reverse=True)
print(lst)
lst.sort(key=lambda x: -x)
print(lst)
