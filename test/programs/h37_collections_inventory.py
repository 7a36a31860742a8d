# An inventory tracker built on collections: deque with maxlen as a recent-events log
# (rotate, appendleft, extendleft), defaultdict grouping, Counter arithmetic and
# most_common with ties (insertion order breaks them), OrderedDict as an LRU.
from collections import deque, defaultdict, Counter, OrderedDict

events = deque(maxlen=5)
for i in range(8):
    events.append(f"ev{i}")
print(events, events.maxlen, len(events))
events.rotate(2)
print(list(events))
events.rotate(-3)
print(list(events))
events.appendleft("first")
print(events)
events.extendleft(["a", "b"])
print(events)
print(events.popleft(), events.pop(), events)
print(events.count("ev5"), events.index("ev5") if "ev5" in events else -1)
try:
    deque([1, 2], maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
d = deque(range(5))
d.rotate(7)
print(d, d[0], d[-1])
d.reverse()
print(d)
d.remove(3)
print(d, d.copy() == d, d * 2)
try:
    d.remove(99)
except ValueError as e:
    print("ValueError:", e)

orders = [("apple", 3), ("pear", 1), ("apple", 2), ("fig", 5), ("pear", 4), ("kiwi", 1)]
by_item = defaultdict(list)
for item, qty in orders:
    by_item[item].append(qty)
print(dict(by_item))
print(by_item["missing"], "missing" in by_item)
totals = defaultdict(int)
for item, qty in orders:
    totals[item] += qty
print(sorted(totals.items()))
print(repr(defaultdict(set)), defaultdict(None).default_factory)
try:
    defaultdict(None)["x"]
except KeyError as e:
    print("KeyError", e)

stock = Counter(apple=5, pear=2, fig=2, kiwi=2, plum=0)
sold = Counter(apple=2, pear=3, fig=1)
print(stock - sold)
print(stock + sold)
print(stock & sold)
print(stock | sold)
print(stock.most_common(3))
print(Counter("abracadabra").most_common())
print(Counter("abracadabra").most_common(2))
c = Counter(a=3, b=-1)
print(+c, -c)
c.update({"a": 1, "z": 2})
c.subtract(["a", "a", "q"])
print(c)
print(sorted(c.elements()))
print(c.total(), Counter().most_common(), Counter(x=1) == Counter(x=1, y=0))
print(Counter(["x", "y", "x"]))

lru = OrderedDict()
def touch(key, value=None):
    if key in lru:
        lru.move_to_end(key)
    else:
        lru[key] = value
        if len(lru) > 3:
            print("evict", lru.popitem(last=False))

for k in ["a", "b", "c", "a", "d", "b", "e"]:
    touch(k, k.upper())
print(lru)
lru.move_to_end("b", last=False)
print(list(lru), lru.popitem())
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
try:
    lru.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
print(list(reversed(OrderedDict(x=1, y=2))), list(reversed(OrderedDict(x=1, y=2).items())))
