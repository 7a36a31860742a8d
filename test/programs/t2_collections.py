# Tier 2: collections (deque, defaultdict, Counter, namedtuple, OrderedDict).
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict

d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.append(4)
d.append(5)
print(d, d.popleft(), d.pop(), len(d), d[0], d[-1])
d.rotate(1)
print(list(d), d.maxlen)
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "hello world":
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6], c.total())
c.update("aaz")
print(c.most_common(2), (c - Counter("a" * 10))["a"], sorted((c + Counter("q")).keys()))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, y=4)
print(p, p.x + p.y, p[0], p._asdict(), p._replace(x=10), Point._fields, tuple(p))
x, y = p
print(x, y, p == (3, 4), isinstance(p, tuple))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od), od.popitem(last=False), od)
