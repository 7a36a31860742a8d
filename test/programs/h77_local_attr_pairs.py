# `local.attr` and `local.method()` run as one dispatch (LOAD_FAST__LOAD_ATTR and
# LOAD_FAST__LOAD_METHOD): the attribute's errors, an unbound local, a jump straight to
# the attribute load, a slice ending between the halves (threads, a tiny switch
# interval), and the traceback lines.
import sys
import threading


class P:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x

    def double(self):
        return self.x * 2


class Q:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v


def unbound():
    if False:
        p = P(1)
    return p.x


def empty_slot():
    p = P(1)
    return p.y


def missing_method():
    q = Q()
    return q.nothing()


for f in (unbound, empty_slot, missing_method):
    try:
        f()
    except (AttributeError, UnboundLocalError) as e:
        print(type(e).__name__, e, e.__traceback__.tb_next.tb_lineno)


def choose(a, b, flag):
    # each arm starts at a local then its attribute: a jump lands on the pair's first word
    return a.x if flag else b.x


print(choose(P(1), P(2), True), choose(P(1), P(2), False))

sys.setswitchinterval(1e-6)
totals = []


def work(tid):
    p, q = P(tid), Q()
    s = 0
    for i in range(20000):
        s += p.x + q.v + p.double() + q.get()
    totals.append(s)


ts = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(totals))


class Node:
    def __init__(self, nxt):
        self.nxt = nxt


n = Node(Node(None))
print(n.nxt.nxt is None)
r = Q()
del r.v
try:
    r.get()
except AttributeError as e:
    print('AttributeError:', e)
q = Q()
print(q.v, q.get())
