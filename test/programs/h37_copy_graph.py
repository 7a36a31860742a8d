# Copying an object graph: copy.copy vs copy.deepcopy of nested user objects, shared
# references kept shared, cycles (self and mutual), __copy__ / __deepcopy__ hooks, the memo,
# and tuples / frozensets of immutables returned as they are.
import copy


class Node:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children if children is not None else []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def __repr__(self):
        return f"Node({self.name}, {[c.name for c in self.children]})"


root = Node("root")
a = root.add(Node("a"))
b = root.add(Node("b"))
a.add(Node("a1"))
root.meta = {"shared": [1, 2], "self": root}
root.meta["again"] = root.meta["shared"]

shallow = copy.copy(root)
print(shallow is root, shallow.children is root.children, shallow.meta is root.meta)
deep = copy.deepcopy(root)
print(deep, deep is root, deep.children[0] is a, deep.children[0].parent is deep)
print(deep.meta["self"] is deep, deep.meta["shared"] is deep.meta["again"], deep.meta["shared"] is root.meta["shared"])
print(deep.children[0].children[0].parent.parent is deep)
deep.children[0].name = "A"
print(a.name, deep.children[0].name)

lst = [1, [2, 3]]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl[2] is dl, dl[1] is not lst[1], dl[:2] == [1, [2, 3]])

t = (1, "x", (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy(frozenset({1, 2})) == frozenset({1, 2}))
t2 = (1, [2])
print(copy.deepcopy(t2) is t2, copy.deepcopy(t2) == t2)


class Conn:
    opened = 0

    def __init__(self):
        Conn.opened += 1
        self.id = Conn.opened

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class Client:
    def __init__(self, conn):
        self.conn = conn
        self.cache = {}


c = Client(Conn())
c2 = copy.deepcopy(c)
print(c2.conn is c.conn, c2.cache is not c.cache, Conn.opened)


class Counted:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        memo_keys = len(memo)
        return Counted(copy.deepcopy(self.v, memo))


x = Counted([1, [2]])
y = copy.deepcopy(x)
print(y.v == x.v, y.v is not x.v)
memo = {}
shared = [0]
pair = copy.deepcopy([shared, shared], memo)
print(pair[0] is pair[1], id(shared) in memo)
print(copy.copy({"a": [1]}), copy.copy(set([1, 2])), copy.deepcopy(Node).__name__)
