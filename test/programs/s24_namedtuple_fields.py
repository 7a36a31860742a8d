# gilvm-nogil: --workers 2
# namedtuple fields are read natively (abstract.ts tupleGetterItem); what the Python
# descriptor does stays: class access, errors, subclasses, properties over fields.
import threading
from collections import namedtuple

P = namedtuple("P", "x y")
p = P(1, 2)
print(p.x, p.y, P.x, type(P.x).__name__, P.x.__doc__)


class Q(P):
    __slots__ = ()

    @property
    def s(self):
        return self.x + self.y


print(Q(3, 4).s, Q(3, 4).x, Q.y)
for attempt in ("set", "del"):
    try:
        if attempt == "set":
            p.x = 5
        else:
            del p.y
    except AttributeError as e:
        print("AttributeError:", e)
print(P.x.__get__(p), P.y.__get__(p, P), P.x.__get__(None, P) is P.x)
for bad in (5, [1, 2], "ab"):
    try:
        print(P.x.__get__(bad))
    except TypeError as e:
        print("TypeError:", e)
Short = namedtuple("Short", "a b c")
s = tuple.__new__(Short, (1,))
try:
    print(s.a, s.b)
except IndexError as e:
    print("IndexError:", e)
R = namedtuple("R", ["name", "score"], defaults=[0])
rows = [R("r%d" % i, i * 7 % 10) for i in range(50)]
print(sorted(rows, key=lambda r: (-r.score, r.name))[:3])
total = [0]
lock = threading.Lock()


def worker(k):
    acc = 0
    for r in rows:
        acc += r.score * k
    with lock:
        total[0] += acc


ts = [threading.Thread(target=worker, args=(k,)) for k in range(1, 5)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(total[0], sum(r.score for r in rows) * 10)
