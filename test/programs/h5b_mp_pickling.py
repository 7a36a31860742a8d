# gilvm-nogil: --workers 2
# Values crossing process boundaries: containers, instances, exceptions, bound methods.
import multiprocessing as mp
from collections import namedtuple, OrderedDict, defaultdict, Counter
from dataclasses import dataclass

Point = namedtuple("Point", "x y")


@dataclass
class Job:
    name: str
    size: int

    def cost(self):
        return self.size * 3


class Shape:
    def __init__(self, sides):
        self.sides = sides

    def describe(self, unit):
        return "%d sides in %s" % (self.sides, unit)

    def __repr__(self):
        return "Shape(%d)" % self.sides


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __repr__(self):
        return "Slotted(%r, %r)" % (self.a, getattr(self, "b", "<unset>"))


class Reduced:
    # rebuilt through __reduce__: each trip through a pickle adds one
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n + 1,))

    def __repr__(self):
        return "Reduced(%d)" % self.n


class Node:
    # a tree with parent pointers: every node is in a cycle
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)


def walk(node, depth=0):
    ok = node.parent is None or any(c is node for c in node.parent.children)
    lines = ["  " * depth + node.name + ("" if ok else " (parent lost)")]
    for c in node.children:
        lines.extend(walk(c, depth + 1))
    return lines


class SelfRef:
    def __init__(self):
        self.x = 1
        self.me = self

    def __getstate__(self):
        return {"x": self.x + 1, "me": self.me}


def echo(x):
    return x


def run_job(job):
    return Job(job.name.upper(), job.cost())


def raise_app(code):
    raise AppError(code, "app failed")


def mutate(d):
    d["child"] = True
    return d


values = [
    None, True, 3, -2 ** 70, 1.25, float("inf"), "héllo", b"\x00\xff", (1, (2, [3])),
    [1, "a", None], {"k": [1, 2], 3: "int key"}, {1, 2, 3}, frozenset("ab"), range(2, 9, 3),
    Point(1, 2), OrderedDict(a=1, b=2), Counter("hello"), slice(1, 5, 2), complex(1, -2),
    bytearray(b"ab"),
]

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        back = pool.map(echo, values)
        for v, b in zip(values, back):
            print(type(b).__name__, b == v, repr(b) == repr(v))
        print(pool.map(run_job, [Job("a", 1), Job("b", 2)]))
        s = Shape(4)
        print(pool.apply(s.describe, ("cm",)))
        print(pool.apply(echo, (s,)))
        try:
            pool.apply(raise_app, (42,))
        except AppError as e:
            print("AppError:", e.code, e.args, type(e).__name__)
        d = {"parent": 1}
        print(pool.apply(mutate, (d,)), d)
        dd = defaultdict(list)
        dd["x"].append(1)
        r = pool.apply(echo, (dd,))
        print(type(r).__name__, r.default_factory, dict(r))
        shared = [1, 2]
        r = pool.apply(echo, ((shared, shared),))
        print("identity kept:", r[0] is r[1], r)
        sp = pool.apply(echo, (Slotted(1, 2),))
        print(sp, type(sp).__name__)
        half = Slotted(3, 4)
        del half.b
        print(pool.apply(echo, (half,)))
        print(pool.apply(echo, (Reduced(1),)))
        print(pool.map(echo, [Reduced(5), Slotted("x", None)]))
        # shared and cyclic containers stay shared and cyclic (pickle's memo)
        l = [1]
        l.append(l)
        r = pool.apply(echo, (l,))
        print(r, r[1] is r)
        d = {}
        d["me"] = d
        r = pool.apply(echo, (d,))
        print(r, r["me"] is r)
        n = Slotted(3, 4)
        r = pool.apply(echo, ([n, n, (n,)],))
        print(r[0] is r[1], r[2][0] is r[0], r[0])
        t = ([],)
        t[0].append(t)
        r = pool.apply(echo, (t,))
        print(r[0][0] is r)
        root = Node("root")
        a = Node("a", root)
        Node("a1", a)
        Node("b", root)
        r = pool.apply(echo, (root,))
        print(walk(r), r.children[0].parent is r)
        print(pool.apply(walk, (root,)))
        sr = pool.apply(echo, (SelfRef(),))
        print(sr.x, sr.me is sr)
    q = mp.Queue()
    q.put([l, l])
    x = q.get()
    print(x[0] is x[1], x[0][1] is x[0])
