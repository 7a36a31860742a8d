# gilvm-nogil:
# Calls that leave trailing positional parameters to their defaults: functions, lambdas,
# methods, __init__, generators, recursion; defaults replaced or removed at run time,
# shared mutable defaults, reference counts, and the errors when too few or too many.
import sys
import threading


def f(a, b=2, c=3):
    return (a, b, c)


print(f(1), f(1, 20), f(1, 20, 30), f(a=5), f(1, c=9))
mults = [lambda x, k=k: x * k for k in range(4)]
print([m(10) for m in mults], [m(10, 2) for m in mults])


def acc(x, into=[]):
    into.append(x)
    return into


print(acc(1), acc(2), acc(3, []), acc(4))
print(acc.__defaults__)


class P:
    def __init__(self, x, y=0, tag='p'):
        self.x, self.y, self.tag = x, y, tag

    def moved(self, dx=1, dy=1):
        return P(self.x + dx, self.y + dy, self.tag)

    def __repr__(self):
        return f'P({self.x}, {self.y}, {self.tag!r})'


p = P(1)
print(p, P(1, 2), P(1, 2, 'q'), p.moved(), p.moved(5), P.moved(p), P.moved(p, 2, 3))


def gen(n, step=1, start=0):
    i = start
    while i < n:
        yield i
        i += step


print(list(gen(5)), list(gen(10, 3)), list(gen(10, 4, 1)))


def depth(n, total=0):
    return total if n == 0 else depth(n - 1, total + n)


print(depth(200), depth(10, 100))

f.__defaults__ = (7, 8)
print(f(1), f(1, 2))
f.__defaults__ = (9,)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print(e)
f.__defaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print(e)
f.__defaults__ = (2, 3)


def g(a, b, c=3):
    return a + b + c


for args in [(), (1,), (1, 2, 3, 4)]:
    try:
        print(g(*args))
    except TypeError as e:
        print(e)
try:
    g()
except TypeError as e:
    print(e)
try:
    g(1)
except TypeError as e:
    print(e)
try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(e)

marker = object()
before = sys.getrefcount(marker)


def h(x, m=marker):
    return m is marker


print(all(h(i) for i in range(1000)), sys.getrefcount(marker) - before)



# keywords matched to parameters: the same string object, or an equal string made at run time
def kw(a, b=2, *, scale=1, bias=0):
    return (a + b) * scale + bias


made = ''.join(['sc', 'ale'])
print(kw(1, scale=3), kw(1, 5, bias=1, scale=2), kw(1, **{made: 4}), kw(**{'a': 1, ''.join(['bi', 'as']): 7}))
for bad in [{'scale': 1, 'a': 1, 'b': 2, 'c': 3}, {''.join(['a']): 1, 'zz': 2}]:
    try:
        kw(**bad)
    except TypeError as e:
        print(e)
try:
    kw(1, 2, a=3)
except TypeError as e:
    print(e)

total = [0] * 4


def work(t, scale=2, offset=1):
    s = 0
    for i in range(3000):
        s += mults[i % 4](i) + f(i)[1] * scale + offset
    total[t] = s


ts = [threading.Thread(target=work, args=(t,)) for t in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total)
