# Fast paths that copy straight between heap objects: ASCII text through the utf-8,
# ascii and latin-1 codecs (non-ASCII text and errors take the general path), list * n
# (items written directly, references counted), and dict(a) / a.copy() / {**a} /
# update of an empty dict (a's items in a's order, no lookups).
# gilvm-nogil:
import random
import sys
random.seed(5)
cases = ['', 'a', 'hello world', 'x' * 1000, 'caf\u00e9', '\u2603 snow', 'a\U0001f600b', '\x7f\x80']
for c in cases:
    for enc in ['utf-8', 'UTF8', 'ascii', 'latin-1', 'utf_8']:
        try:
            b = c.encode(enc)
            print(enc, len(c), b[:20], b.decode(enc) == c, bytearray(b).decode(enc) == c)
        except UnicodeError as e:
            print(enc, type(e).__name__, e)
for b in [b'', b'abc', b'\xff', b'ok\xc3\xa9', bytes(range(128))]:
    for enc in ['utf-8', 'ascii', 'latin-1']:
        try:
            print(repr(b.decode(enc))[:40])
        except UnicodeError as e:
            print(type(e).__name__, e)
class S(str):
    pass
print(S('abc').encode(), 'abc'.encode('utf-8', 'ignore'), b'abc'.decode(errors='replace'))
big = 'x' * 300000
print(big.encode().decode() == big, len(big.encode('ascii')))

o = object()
before = sys.getrefcount(o)
rep = [o] * 7
print(sys.getrefcount(o) - before, len(rep), all(x is o for x in rep))
del rep
print(sys.getrefcount(o) - before)
nested = [[]] * 3
nested[0].append(1)
print(nested, [1, 2] * 3, [] * 5, [1] * 0, [None] * 4, ['a', o] * 2 == ['a', o, 'a', o])
L = [3, 'x', (1,)]
print(L * 5, len(L * 1000), (L * 1000)[-1] is L[-1])

for t in range(150):
    a = {}
    for i in range(random.randrange(0, 40)):
        a[random.choice([random.randrange(50), str(random.randrange(50)), (1, i), 1.5 * i])] = [i]
    for _ in range(random.randrange(5)):
        if a:
            del a[random.choice(list(a))]
    b = dict(a); c = a.copy(); d = {**a}; e = {}; e.update(a); f = dict(a, z=1); g = {**a, **{'q': 2}}
    assert b == a == c == d == e
    print(list(b.items()) == list(a.items()), list(c) == list(a), list(d) == list(a), list(f)[-1], len(g))
class D(dict):
    pass
x = D(a=1, b=2)
print(dict(x), D(x), x.copy(), type(x.copy()).__name__)
def kw(**k):
    return k
print(kw(**{'a': 1, 'b': 2}), dict({'a': 1}, **{'b': 3}))
try:
    kw(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
dd = {o: o}
before = sys.getrefcount(o)
cc = dict(dd)
print(sys.getrefcount(o) - before)
