# A raised recursion limit, and recursion that passes through natives (a generator consumed
# by sum/max, a property, __getitem__, __len__, map, repr of nested lists) thousands deep.
import sys

sys.setrecursionlimit(30000)
print(sys.getrecursionlimit())


def chain_sum(n):
    return 0 if n == 0 else 1 + sum(chain_sum(c) for c in [n - 1])


def longest(graph, v, memo):
    if v not in memo:
        memo[v] = 1 + max((longest(graph, w, memo) for w in graph[v]), default=0)
    return memo[v]


class Node:
    def __init__(self, nxt=None):
        self.nxt = nxt

    @property
    def depth(self):
        return 1 if self.nxt is None else 1 + self.nxt.depth

    def __len__(self):
        return 1 if self.nxt is None else 1 + len(self.nxt)

    def __getitem__(self, i):
        return self if i == 0 else self.nxt[i - 1]


def via_map(n):
    return 0 if n == 0 else 1 + sum(map(via_map, [n - 1]))


print(chain_sum(5000))
graph = {i: [i + 1] for i in range(4000)}
graph[4000] = []
print(longest(graph, 0, {}))
head = None
for _ in range(5000):
    head = Node(head)
print(head.depth, len(head), head[4999].nxt is None)
print(via_map(3000))
nested = []
for _ in range(2000):
    nested = [nested]
text = repr(nested)
print(len(text), text[:5], text[-5:])
print(sorted([3, 1, 2], key=lambda x: chain_sum(x * 1000)))

sys.setrecursionlimit(1200)
try:
    chain_sum(5000)
except RecursionError as e:
    print("RecursionError", e)
