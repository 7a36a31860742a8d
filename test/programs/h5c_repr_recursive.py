# repr of recursive and shared structures through lists, dicts, tuples, dict views, __repr__
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
# recursive and shared structures, repr through several container kinds
a = []
a.append(a)
a.append([a])
a.append((a,))
a.append({"a": a})
print(a)
d = {}
d["d"] = d
d["l"] = [d, {"inner": d}]
print(d)
print(repr(d))
s = [set(), frozenset([1])]
print(s)
t1 = ([],)
t1[0].append(t1)
t1[0].append(t1[0])
print(t1)
class Node:
    def __init__(self, v):
        self.v = v
        self.kids = []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
n = Node(1)
n.kids.append(Node(2))
n.kids[0].kids.append(Node(3))
print(n)
print([n, n])
class Loop:
    def __repr__(self):
        return "Loop" + repr([self]) if False else "Loop()"
print([Loop(), [Loop()]])
x = [1, 2, 3]
y = [x, x, [x]]
print(y)
x.append(y)
print(x)
print(str(x) == repr(x))
dd = {1: {}, 2: []}
dd[1][1] = dd
dd[2].append(dd[2])
print(dd)
print({(1, 2): [3, {4: (5,)}], "k": {"z": None}})
print({1: "a", "b": 2.5, None: [], (): {}})
print([[1, [2, [3, [4, [5, [6]]]]]]])
print((((((),),),),))
print([{}, {()}, {frozenset()}, {1: {1: {1: {}}}}])
print(list(zip("ab", [1, 2])), dict(zip("ab", [a is a, None])))
big = list(range(30))
big.append(big)
print(big)
dk = {}
dk[1] = dk.keys()
print(dk)
dv = {}
dv[1] = dv.values()
print(dv)
di = {}
di[1] = di.items()
print(di)
