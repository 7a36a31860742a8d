# Interpreter exit, as CPython 3.11's last collection: every __del__ reachable from the
# cyclic __main__ namespace runs before any global is cleared (they see `sys` and `log`),
# in the collector's list order (move_unreachable: an object held only by a container
# made after it moves behind everything scanned; lists and tuples are visited last item
# first); a generator held by a zip is closed; atexit keeps its callbacks until all ran.
import sys
import atexit

log = []


class A:
    def __init__(self, n, *kids):
        self.n = n
        self.kids = list(kids)

    def __del__(self):
        log.append(self.n)
        sys.stdout.write("del %s (%d)\n" % (self.n, len(log)))


class Holder:
    def __init__(self):
        self.a = A('h1')
        self.b = A('h2')


class Box:
    def __init__(self, *items):
        self.items = items


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None

    def __del__(self):
        print("node", self.v)


class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right

    def __del__(self):
        print("tree", self.v)


def gen():
    try:
        yield 1
    finally:
        print("gen finally", len(log))


first = A('first')
objs = [A(i) for i in range(3)]
display = [A('d0'), A('d1')]
appended = []
appended.append(A('y1'))
box = Box(A('b0'), A('b1'))
holder = Holder()
comp = {i: A('c%d' % i) for i in range(2)}
literal = {'k1': A('l1'), 'k2': A('l2')}
pair = (A('t1'),)
chain = A('outer', A('inner1'), A('inner2'))
head = Node(0)
cur = head
for i in range(1, 4):
    cur.next = Node(i)
    cur = cur.next
root = Tree(1, Tree(2, Tree(4)), Tree(3))
z = zip(gen(), "a")
next(z)


def f(x=A('default')):
    return x


g = lambda: None
g.attr = A('funcattr')
atexit.register(lambda a=A('atexit arg'): print("handler 1"))
atexit.register(lambda: print("handler 2"))
last = A('last')
print("end")
