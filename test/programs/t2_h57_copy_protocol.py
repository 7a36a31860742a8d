# copy_protocol (probe fixes, session 33)
import copy
from functools import partial
p = partial(max, 1)
print(copy.copy(p)(9), copy.deepcopy(partial(min, 3, key=abs))(-1))
class P(partial):
    pass
q = P(min, 3, key=abs)
q.note = [1]
r = copy.deepcopy(q)
print(r(-5), r.note, r.note is q.note, type(r).__name__)

class Conn:
    def __init__(self, host):
        self.host = host
        self.sock = object()
    def __getstate__(self):
        d = dict(self.__dict__)
        del d['sock']
        return d
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.sock = 'reconnected'
c = copy.copy(Conn('h'))
print(c.host, c.sock)
d = copy.deepcopy(Conn('h2'))
print(d.host, d.sock)

class R:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __reduce__(self):
        return (R, (self.a, [self.b]))
x = R(1, 2)
y = copy.copy(x)
z = copy.deepcopy(x)
print(y.a, y.b, z.a, z.b)

class NA:
    def __new__(cls, n):
        o = super().__new__(cls)
        o.n = n
        return o
    def __getnewargs__(self):
        return (self.n,)
print(copy.copy(NA(7)).n, copy.deepcopy(NA(8)).n)

class Single:
    def __reduce__(self):
        return 'Single'
s = Single()
print(copy.copy(s) is s, copy.deepcopy(s) is s)

class L(list):
    def __reduce_ex__(self, proto):
        return (L, (), self.__dict__ or None, iter(self))
l = L([1, [2]])
l.tag = 't'
m = copy.deepcopy(l)
print(m, m.tag, m[1] is l[1])
