import gc

class Node:
    def __init__(self, name):
        self.name = name
        self.edges = []
        self.parent = None
    def link(self, other):
        self.edges.append(other)
        other.parent = self
    def __repr__(self):
        return f"Node({self.name})"

def build_graph(n):
    nodes = [Node(i) for i in range(n)]
    for i, node in enumerate(nodes):
        node.link(nodes[(i + 1) % n])
        node.link(nodes[(i * 3) % n])
    return nodes

def bfs(start):
    seen = {start.name}
    order = [start]
    frontier = [start]
    while frontier:
        nxt = []
        for node in frontier:
            for e in node.edges:
                if e.name not in seen:
                    seen.add(e.name)
                    order.append(e)
                    nxt.append(e)
        frontier = nxt
    return order

g = build_graph(10)
print(bfs(g[0]))
print([n.parent for n in g[:3]])
del g
gc.collect()

def make_counter():
    def counter():
        counter.calls += 1
        return counter.calls
    counter.calls = 0
    return counter
c = make_counter()
print(c(), c(), c.calls)

def self_ref_closure():
    def rec(n):
        return 1 if n <= 1 else n * rec(n - 1)
    return rec
print(self_ref_closure()(10))

errors = []
def risky(i):
    try:
        raise ValueError(f"err {i}")
    except ValueError as e:
        errors.append(e)
for i in range(3):
    risky(i)
print([str(e) for e in errors], errors[0].__traceback__ is not None)

def gen_cycle():
    box = {}
    def inner():
        while True:
            yield box
    g = inner()
    box["gen"] = g
    return next(g)
b = gen_cycle()
print(sorted(b), type(b["gen"]).__name__)

class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
        for ch in self.children:
            ch.up = self
    def walk(self, depth=0):
        yield depth, self.value
        for ch in self.children:
            yield from ch.walk(depth + 1)
    def __iter__(self):
        return (v for _, v in self.walk())
t = Tree("root", [Tree("a", [Tree("a1"), Tree("a2")]), Tree("b")])
for depth, v in t.walk():
    print("  " * depth + v)
print(list(t), t.children[0].children[1].up.up.value)
d = {}
d["me"] = d
lst = [d]
lst.append(lst)
print(len(lst), gc.isenabled(), gc.collect() >= 0)
class WithDel:
    instances = 0
    def __init__(self):
        WithDel.instances += 1
        self.me = self
w = WithDel()
del w
print(gc.collect() >= 1, WithDel.instances)
try:
    raise RuntimeError("outer") from KeyError("inner")
except RuntimeError as e:
    saved = e
print(repr(saved.__cause__), saved.__suppress_context__)
