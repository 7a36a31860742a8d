# deque's two ends over two lists (lib/collections.py, src/modules/deque-native.ts): every
# method after appends and pops at both ends, bounded deques, errors, and a long run of
# popleft() that took 38 s when popleft moved the whole list (now O(1) each).
from collections import deque
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0); d.append(4); d.append(5)
print(d, len(d), d[0], d[-1], d[2])
d.appendleft(-1)
print(d)
print(d.popleft(), d.pop(), d)
d.rotate(2); print(d)
d.rotate(-1); print(d)
d[1] = 'x'; print(d, d.index('x'), d.count(3), 3 in d)
del d[0]; print(d)
d.insert(1, 'y'); print(d)
d.remove('y'); print(d, list(reversed(d)))
d.reverse(); print(d)
e = deque()
for i in range(10):
    if i % 2: e.append(i)
    else: e.appendleft(i)
print(e, e == deque(e), e < deque([9]), e.copy(), e * 2)
while e:
    print(e.popleft(), end=' ')
print()
try:
    e.pop()
except IndexError as ex:
    print('IndexError', ex)
try:
    e[0]
except IndexError as ex:
    print('IndexError', ex)
try:
    e['a']
except TypeError as ex:
    print('TypeError', ex)
f = deque('abc'); f.extendleft('xyz'); print(f)
f.extend(f); print(f, len(f))
g = deque(range(5), maxlen=3); print(g); g.extendleft([10, 11]); print(g)
it = iter(f); next(it); f.popleft()
try:
    next(it)
except RuntimeError as ex:
    print('RuntimeError', ex)
f.clear(); print(f, bool(f))
h = deque(); h.appendleft(1); h.appendleft(2); print(h.pop(), h.pop(), len(h))
print(deque([1,2,3])[-3], repr(deque(maxlen=0)))
z = deque(maxlen=0); z.append(1); z.appendleft(2); print(z)

big = deque(range(200000))
total = 0
while big:
    total += big.popleft()
    if big:
        total -= big.pop()
print(total)
