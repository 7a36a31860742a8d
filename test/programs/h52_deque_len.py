# gilvm-nogil: --workers 2
# deque's __len__ is a native slot wrapper (no Python frame): len(d), bool(d), `while d:`,
# subclasses overriding __len__, and the mutation check of iteration after append/popleft
from collections import deque

d = deque([1, 2, 3])
print(len(d), bool(d), not d, hasattr(deque, '__bool__'), deque.__len__(d))
out = []
while d:
    out.append(d.popleft())
print(out, len(d), bool(d), not d)

q = deque()
total = 0
for i in range(2000):
    q.append(i)
    if len(q) > 3:
        total += q.popleft()
print(total, len(q), list(q))

b = deque(range(10), maxlen=4)
b.append(10)
b.appendleft(-1)
print(b, len(b), b.maxlen)


class Sized(deque):
    def __len__(self):
        return 7


class Empty(deque):
    def __init__(self):
        pass


class Counting(deque):
    def __len__(self):
        return super().__len__() * 10


print(len(Sized()), bool(Sized()), len(Empty()), bool(Empty()))
c = Counting([1, 2])
print(len(c), bool(c), bool(Counting()))

try:
    deque.__len__(d, 1)
except TypeError as e:
    print('TypeError', e)

r = deque([1, 2, 3])
try:
    for x in r:
        r.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
r2 = deque([1, 2, 3])
try:
    for x in r2:
        r2.popleft()
except RuntimeError as e:
    print('RuntimeError', e)
print(len(r), len(r2))
print(sum(len(deque(range(n))) for n in range(50)))
