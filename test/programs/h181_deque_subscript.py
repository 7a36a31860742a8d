# gilvm-nogil: --workers 2
# deque's d[i] and d[i] = v (native methods): negative indices, bools and __index__ objects,
# ints past 64 bits, wrong types, a subclass, sliding windows with maxlen, threads sharing one
# deque, and the items' references (a replaced item is released).
import threading
from collections import deque

d = deque([1, 2, 3])
for k in [2**70, -2**70, 2**40, True, False, 1.0, 'a', slice(1, 2), None, -1, -3, -4, 3, 2, 0]:
    try:
        print('get', k, d[k])
    except Exception as e:
        print('get', k, type(e).__name__, e)
    try:
        d[k] = 'x%s' % (k,)
        print('set', k, d)
    except Exception as e:
        print('set', k, type(e).__name__, e)


class Index:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


class BadIndex:
    def __index__(self):
        return 'no'


print(d[Index(1)], d[Index(-1)])
try:
    d[BadIndex()]
except TypeError as e:
    print('TypeError', e)

# both ends: items moved between the two halves keep their order
e = deque()
for i in range(10):
    e.append(i)
    e.appendleft(-i)
print([e[i] for i in range(len(e))], [e[-i - 1] for i in range(len(e))])
e.popleft()
e.pop()
e[0] = 'first'
e[-1] = 'last'
print(e, e[len(e) // 2])

# a sliding window
w = deque(maxlen=3)
sums = []
for i in range(8):
    w.append(i * i)
    sums.append(w[0] + w[-1])
print(w, sums)


class Sub(deque):
    pass


s = Sub('abc')
s[1] = 'B'
print(s, s[1], type(s).__name__)


class Logged(deque):
    def __getitem__(self, i):
        print('Logged.__getitem__', i)
        return super().__getitem__(i)


print(Logged([7, 8])[1])

# a replaced item is released at once
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print('del', self.name)


n = deque([Noisy('a'), Noisy('b')])
n[0] = 'replaced'
print('after replace', n[0])
del n

# threads writing their own slots of one shared deque
shared = deque([0] * 8)


def bump(slot):
    for _ in range(2000):
        shared[slot] = shared[slot] + 1


threads = [threading.Thread(target=bump, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(list(shared))
