# gilvm-nogil:
# Recursion levels that sorting charges, as CPython 3.11: sorted() holds one level while its
# list.sort() runs the key and the comparisons, l.sort(key=...) (a keyword call) holds one,
# and comparing keys that all have one class calls the class's __lt__ without
# PyObject_RichCompare's ' in comparison' level (unsafe_object_compare), asking __lt__ a
# second time, through the full comparison, when it answers NotImplemented
import sys

def probe(fn):
    lo, hi = 1, 3000
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            fn(mid)
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo

def keyrec(n):
    return 0 if n == 0 else sorted([n], key=lambda x: keyrec(n - 1))[0]

def sortrec(n):
    if n == 0:
        return 0
    l = [n]
    l.sort(key=lambda x: sortrec(n - 1))
    return l[0]

class C:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return cmprec(self.n - 1) >= 0

def cmprec(n):
    return 0 if n == 0 else len(sorted([C(n), C(n)]))

def nokey(n):
    return 0 if n == 0 else len(sorted([C(n), C(n)], reverse=True))

for lim in (1501, 1502, 1503, 2400):
    sys.setrecursionlimit(lim)
    print(lim, probe(keyrec), probe(sortrec), probe(cmprec), probe(nokey))

def depth(tb):
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n

def f():
    return sorted([1], key=lambda x: f())

def g():
    l = [1]
    l.sort(key=lambda x: g())

for fn in (f, g):
    try:  # warm-up: CPython charges more until its call sites are specialised
        fn()
    except RecursionError:
        pass
    for lim in (1600, 1601, 1602, 1603, 1604, 1605):
        sys.setrecursionlimit(lim)
        try:
            fn()
        except RecursionError as e:
            print(fn.__name__, lim, e, depth(e.__traceback__))

class A:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        print("lt", self.n, o.n)
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.n, o.n)
        return self.n > o.n

class B(A):
    pass

print([a.n for a in sorted([A(1), A(2), A(0)])])
print([a.n for a in sorted([A(1), B(2), A(0)])])
