# Graph algorithms over dicts and lists: BFS, DFS, Dijkstra without heapq, topological sort,
# connected components, cycle detection and a grid maze.
from collections import deque, defaultdict
import math


class Graph:
    def __init__(self, directed=False):
        self.adj = defaultdict(dict)
        self.directed = directed

    def add_edge(self, u, v, w=1):
        self.adj[u][v] = w
        if not self.directed:
            self.adj[v][u] = w
        else:
            self.adj[v]
        return self

    def __contains__(self, node):
        return node in self.adj

    def __len__(self):
        return len(self.adj)

    def __repr__(self):
        edges = sum(len(n) for n in self.adj.values())
        return f"<Graph {'directed' if self.directed else 'undirected'} nodes={len(self)} edges={edges if self.directed else edges // 2}>"

    def bfs(self, start):
        seen = {start: None}
        order = []
        q = deque([start])
        while q:
            node = q.popleft()
            order.append(node)
            for nxt in sorted(self.adj[node]):
                if nxt not in seen:
                    seen[nxt] = node
                    q.append(nxt)
        return order, seen

    def dfs(self, start):
        order, stack, seen = [], [start], set()
        while stack:
            node = stack.pop()
            if node in seen:
                continue
            seen.add(node)
            order.append(node)
            stack.extend(sorted(self.adj[node], reverse=True))
        return order

    def dfs_recursive(self, node, seen=None):
        seen = [] if seen is None else seen
        seen.append(node)
        for nxt in sorted(self.adj[node]):
            if nxt not in seen:
                self.dfs_recursive(nxt, seen)
        return seen

    def dijkstra(self, source):
        dist = {n: math.inf for n in self.adj}
        prev = {}
        dist[source] = 0
        frontier = {source}
        while frontier:
            u = min(frontier, key=lambda n: (dist[n], n))
            frontier.remove(u)
            for v, w in self.adj[u].items():
                alt = dist[u] + w
                if alt < dist[v]:
                    dist[v] = alt
                    prev[v] = u
                    frontier.add(v)
        return dist, prev

    def path(self, prev, target):
        out = [target]
        while out[-1] in prev:
            out.append(prev[out[-1]])
        return out[::-1]

    def toposort(self):
        indeg = {n: 0 for n in self.adj}
        for u in self.adj:
            for v in self.adj[u]:
                indeg[v] += 1
        ready = sorted(n for n, d in indeg.items() if d == 0)
        out = []
        while ready:
            n = ready.pop(0)
            out.append(n)
            for v in sorted(self.adj[n]):
                indeg[v] -= 1
                if indeg[v] == 0:
                    ready.append(v)
                    ready.sort()
        if len(out) != len(self.adj):
            cyclic = sorted(n for n, d in indeg.items() if d > 0)
            raise ValueError(f"graph has a cycle through {cyclic}")
        return out

    def components(self):
        seen, comps = set(), []
        for node in sorted(self.adj):
            if node not in seen:
                comp, _ = self.bfs(node)
                seen.update(comp)
                comps.append(sorted(comp))
        return comps


roads = Graph()
for u, v, w in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("X", "Y", 1)]:
    roads.add_edge(u, v, w)
print(roads, "A" in roads, "Q" in roads)
order, parents = roads.bfs("A")
print("bfs:", order, {k: v for k, v in parents.items() if v})
print("dfs:", roads.dfs("A"), roads.dfs_recursive("A"))
dist, prev = roads.dijkstra("A")
for node in sorted(dist):
    d = dist[node]
    route = " -> ".join(roads.path(prev, node)) if d < math.inf else "unreachable"
    print(f"  {node}: {d:>5} via {route}")
print("components:", roads.components())

build = Graph(directed=True)
for a, b in [("fetch", "configure"), ("configure", "compile"), ("compile", "link"), ("compile", "test"),
             ("link", "package"), ("test", "package"), ("docs", "package")]:
    build.add_edge(a, b)
print(build, build.toposort())
build.add_edge("package", "configure")
try:
    build.toposort()
except ValueError as e:
    print("ValueError:", e)

MAZE = """\
##########
#S   #   #
# ## # # #
#  #   # #
## ##### #
#      #E#
# #### # #
#    #   #
##########"""
grid = [list(row) for row in MAZE.splitlines()]
start = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "S")
end = next((r, c) for r, row in enumerate(grid) for c, ch in enumerate(row) if ch == "E")
maze = Graph()
for r, row in enumerate(grid):
    for c, ch in enumerate(row):
        if ch == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            if grid[r + dr][c + dc] != "#":
                maze.add_edge((r, c), (r + dr, c + dc))
order, parents = maze.bfs(start)
path = [end]
while parents[path[-1]] is not None:
    path.append(parents[path[-1]])
for r, c in path[1:-1]:
    grid[r][c] = "."
print("\n".join("".join(row) for row in grid))
print(f"steps={len(path) - 1} explored={len(order)} start={start} end={end}")
dist, _ = maze.dijkstra(start)
far = max(dist.items(), key=lambda kv: (kv[1], kv[0]))
print("farthest cell:", far, "unreachable:", [n for n, d in dist.items() if d == math.inf])
