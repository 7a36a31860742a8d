# Recursion: deep-but-legal recursion, mutual recursion, RecursionError caught,
# sys.getrecursionlimit / setrecursionlimit.
import sys


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(100), is_odd(77))


def hanoi(n, src, dst, via, moves):
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves


moves = hanoi(4, "A", "C", "B", [])
print(len(moves), moves[:3])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("recovered; still works:", depth(10))
limit = sys.getrecursionlimit()
print(limit >= 1000, type(limit).__name__)
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print("lowered limit hit:", type(e).__name__)
sys.setrecursionlimit(limit)
print(sys.getrecursionlimit() == limit, depth(300))


def permutations(items):
    if len(items) <= 1:
        return [items]
    out = []
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            out.append([item] + rest)
    return out


print(permutations([1, 2, 3]))


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def total(self):
        return self.value + sum(c.total() for c in self.children)


tree = Node(1, [Node(2, [Node(4)]), Node(3, [Node(5), Node(6)])])
print(tree.total())


class Loop:
    def __repr__(self):
        return repr(self)


try:
    repr(Loop())
except RecursionError as e:
    print("repr recursion:", type(e).__name__)
