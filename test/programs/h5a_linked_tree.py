# gilvm-nogil: --workers 2
# Linked structures with recursive dunder methods: a persistent linked list whose __repr__,
# __eq__, __len__, __contains__ and __getitem__ recurse, a binary search tree built from
# sorted keys (so it degenerates into a 200-deep chain) with recursive size/height/walks,
# and recursion that goes too deep, caught as RecursionError.
import sys
from functools import total_ordering


class Cons:
    __slots__ = ("head", "tail")

    def __init__(self, head, tail=None):
        self.head = head
        self.tail = tail

    @classmethod
    def of(cls, *items):
        out = None
        for x in reversed(items):
            out = cls(x, out)
        return out

    def __repr__(self):
        return f"({self.head!r} . {self.tail!r})" if self.tail is not None else f"({self.head!r})"

    def __len__(self):
        return 1 + (len(self.tail) if self.tail is not None else 0)

    def __eq__(self, other):
        if not isinstance(other, Cons):
            return NotImplemented
        return self.head == other.head and self.tail == other.tail

    def __hash__(self):
        return hash((self.head, hash(self.tail) if self.tail is not None else 0))

    def __contains__(self, x):
        return self.head == x or (self.tail is not None and x in self.tail)

    def __getitem__(self, i):
        if i < 0:
            raise IndexError("negative index")
        if i == 0:
            return self.head
        if self.tail is None:
            raise IndexError("Cons index out of range")
        return self.tail[i - 1]

    def __iter__(self):
        node = self
        while node is not None:
            yield node.head
            node = node.tail


@total_ordering
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return self.k == other.k

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return f"K{self.k}"


class Tree:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right

    def insert(self, key):
        node = self
        while True:
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, Tree(key))
                return
            node = child

    def size(self):
        return 1 + sum(c.size() for c in (self.left, self.right) if c is not None)

    def height(self):
        return 1 + max((c.height() for c in (self.left, self.right) if c), default=0)

    def inorder(self):
        if self.left:
            yield from self.left.inorder()
        yield self.key
        if self.right:
            yield from self.right.inorder()

    def __contains__(self, key):
        if key == self.key:
            return True
        child = self.left if key < self.key else self.right
        return child is not None and key in child

    def __str__(self):
        parts = [str(c) for c in (self.left,) if c] + [repr(self.key)] + [str(c) for c in (self.right,) if c]
        return "[" + " ".join(parts) + "]"


xs = Cons.of(*range(200))
ys = Cons.of(*range(200))
print(len(xs), xs == ys, xs != Cons.of(*range(199)), 199 in xs, 200 in xs, xs[150], hash(xs) == hash(ys))
print(repr(Cons.of(1, "two", (3,), None)), repr(xs)[:40], repr(xs)[-20:])
print(sum(xs), max(xs), list(xs)[-3:], sorted(Cons.of(3, 1, 2)))
try:
    xs[250]
except IndexError as e:
    print("IndexError:", e)

root = Tree(Key(0))
for k in range(1, 200):
    root.insert(Key(k))
print(root.size(), root.height(), Key(150) in root, Key(-1) in root, Key(500) in root)
print([k.k for k in root.inorder()][-5:], str(root)[:24], str(root)[-12:])

balanced = Tree(50)
for k in [25, 75, 12, 37, 62, 87, 6, 18, 31, 43, 56, 68, 81, 93]:
    balanced.insert(k)
print(balanced.size(), balanced.height(), str(balanced))


def plain(n):
    return plain(n + 1)


class Step:
    def __call__(self, n):
        return self(n + 1)


class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


for name, fn in [("plain", lambda: plain(0)), ("__call__", lambda: Step()(0)), ("__init__", lambda: Deep(0)),
                 ("list repr", lambda: repr(Cons.of(*range(5000)))), ("len", lambda: len(Cons.of(*range(3000))))]:
    try:
        fn()
        print(name, "finished")
    except RecursionError as e:
        print(name, "-> RecursionError:", str(e).split(" while ")[0])

nested = []
for i in range(5000):
    nested = [nested, i]
for label, op in [("repr", lambda: repr(nested)), ("eq", lambda: nested == [nested[0], 4999]), ("str", lambda: str(nested))]:
    try:
        r = op()
        print(label, "ok", r if isinstance(r, bool) else len(r))
    except RecursionError as e:
        print(label, "RecursionError:", e)
print(sys.getrecursionlimit(), len(Cons.of(*range(100))))
