# Tier 2: collections beyond the basics: deque edge cases, Counter arithmetic,
# namedtuple options and errors, OrderedDict equality, defaultdict repr, ChainMap.
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap

# deque: both ends, growth at the front, maxlen from either side, errors
d = deque()
for i in range(50):
    d.appendleft(i)
    d.append(-i)
print(len(d), d[0], d[-1], d[49], d[50])
for _ in range(45):
    d.popleft()
    d.pop()
print(d, bool(d), 3 in d, 99 in d)
d.extendleft([10, 11])
d.rotate(-2)
print(d, d.index(4), d.count(0))
d.reverse()
d.remove(10)
d[0] = "first"
del d[1]
d.insert(1, "ins")
print(d, list(reversed(d)))
b = deque("abc", maxlen=3)
b.appendleft("z")
b.extend("de")
print(b, b.maxlen, b == deque("cde"), b != deque("cde", maxlen=3), deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2, deque(range(3)).copy())
empty = deque()
for op in (empty.pop, empty.popleft):
    try:
        op()
    except IndexError as e:
        print("IndexError:", e)
try:
    empty[0]
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError:", e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print("ValueError:", e)
z = deque(maxlen=0)
z.append(1)
print(z, len(z))
q = deque()
total = 0
for i in range(1000):
    q.append(i)
    if len(q) > 3:
        total += q.popleft()
print(total, q)

# defaultdict
dd = defaultdict(lambda: "?")
dd["a"]
print(sorted(dd.items()), defaultdict(int, {"x": 1}), defaultdict(None).default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 2
print(nested["a"]["b"], isinstance(nested, dict), type(dd.copy()).__name__)
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
print(defaultdict(list, a=[1]) | {"b": [2]})

# Counter
c = Counter(a=3, b=1)
c2 = Counter({"a": 1, "b": 2, "c": 0})
print(c + c2, c - c2, c | c2, c & c2)
print(+Counter(a=-1, b=2), -Counter(a=-1, b=2), c == Counter(a=3, b=1, z=0))
c.subtract(a=5)
print(c, c["missing"], Counter(), repr(Counter("aab")))
del c["nope"]
c["b"] += 4
print(c.most_common(1), list(c.elements()), c.total())
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2), sorted(Counter(words)))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)

# namedtuple
Emp = namedtuple("Emp", "name, dept salary", defaults=[100])
e = Emp("ann", "eng")
print(e, e.salary, Emp._field_defaults, Emp.__doc__, Emp._make(["bo", "ops", 5]))
print(e._replace(salary=200), e._asdict(), e.count("ann"), e.index("eng"), len(e))
print(hash(e) == hash(("ann", "eng", 100)), e < Emp("bob", "x"), sorted([Emp("b", 1), Emp("a", 2)]))
R = namedtuple("R", ["def", "x", "x"], rename=True)
print(R._fields, R(1, 2, 3))
One = namedtuple("One", "v")
print(One(1), One.__doc__, One(v=[1]).v)
for bad in (lambda: Emp(), lambda: Emp("a", "b", 1, 2), lambda: Emp("a", name="b"),
            lambda: Emp("a", "b", bonus=1), lambda: Emp._make([1]), lambda: e._replace(age=3)):
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
for spec in ("a b _c", "a a", "a class", "1a"):
    try:
        namedtuple("T", spec)
    except ValueError as err:
        print("ValueError:", err)
try:
    e.name = "x"
except AttributeError as err:
    print("AttributeError")
name, dept, salary = e
print(name, dept, salary, isinstance(e, tuple), type(e).__name__, e[1:])

# OrderedDict
od = OrderedDict.fromkeys("abc", 0)
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(OrderedDict(), OrderedDict(x=1) | {"y": 2}, isinstance(od, dict))
try:
    OrderedDict().popitem()
except KeyError as err:
    print("KeyError:", err)
try:
    od.move_to_end("zz")
except KeyError as err:
    print("KeyError:", err)

# ChainMap
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
cm["c"] = 4
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("zz", 0), "b" in cm, cm.maps[0])
child = cm.new_child({"a": 9})
print(child["a"], child.parents["a"], dict(child) == {"a": 9, "b": 3, "c": 4})
print(list.__hash__ is None, dict.__hash__ is None, set.__hash__ is None, bytearray.__hash__ is None, Counter.__hash__ is None, tuple.__hash__ is None)
