from dataclasses import dataclass, field, asdict, astuple, replace, fields
from collections import namedtuple, deque, Counter, defaultdict, OrderedDict, ChainMap
import functools, itertools
@dataclass
class Item:
    name: str
    price: float = 0.0
    qty: int = 1
    tags: list = field(default_factory=list)
    def total(self): return self.price * self.qty
i = Item("pen", 1.5, 3)
print(i, i.total(), asdict(i), astuple(i), replace(i, qty=10), [f.name for f in fields(i)], Item.__dataclass_fields__.keys() if False else 0)
@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
print(sorted([Ver(1, 2), Ver(0, 9), Ver(1, 0)]), Ver(1) == Ver(1, 0), Ver(2) > Ver(1, 99))
@dataclass
class P3:
    x: int
    def __post_init__(self): self.sq = self.x ** 2
print(P3(4).sq, P3(4))
try: Item()
except TypeError as e: print(e)
Emp = namedtuple("Emp", ["name", "dept", "salary"], defaults=[0])
e = Emp("a", "x"); print(e, e.salary, Emp._make(["b", "y", 5]), e._fields, Emp.__name__, len(e), e[0], isinstance(e, tuple))
print(Counter("mississippi").most_common(), Counter(a=3, b=1) - Counter(a=1, b=5), Counter([1, 1, 2]).total() if hasattr(Counter, "total") else 3, dict(Counter("aab")))
c = Counter(); c.update("abc"); c.update({"a": 5}); c.subtract("b"); print(c, c["zz"], list(c.elements())[:3], sum(c.values()))
d = defaultdict(int); 
for w in "a b a c b a".split(): d[w] += 1
print(d, sorted(d.items(), key=lambda kv: (-kv[1], kv[0])), defaultdict(lambda: "x")["k"])
dq = deque(maxlen=3)
for n in range(5): dq.append(n)
print(dq, dq.maxlen, list(dq), dq[0], dq[-1], 3 in dq, deque("abc") + deque("d") if True else 0)
dq2 = deque([1, 2, 3]); dq2.extendleft([0, -1]); dq2.rotate(-2); print(dq2, dq2.pop(), dq2.index(1), dq2.count(1)); dq2.clear(); print(dq2, bool(dq2))
od = OrderedDict.fromkeys("abc", 0); od.move_to_end("a"); od["z"] = 1; print(od, list(od), od.popitem(), od.popitem(last=False))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), sorted(cm))
print(functools.reduce(lambda a, b: a + b, range(5), 10), (lambda s: s[1])([5, 6]), i.name, sorted([(1, "b"), (0, "a")], key=lambda t: t[1]))
@functools.lru_cache(maxsize=2)
def sq(n): print("compute", n); return n * n
sq(2); sq(2); sq(3); sq(4); sq(2); print(sq.cache_info())
p = functools.partial(pow, 2); print(p(10), p.func is pow, p.args)
print(list(itertools.pairwise([1, 2, 3])) if hasattr(itertools, "pairwise") else [(1, 2), (2, 3)], list(itertools.combinations_with_replacement("ab", 2)), list(itertools.filterfalse(lambda x: x % 2, range(6))), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2])))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.accumulate([3, 1, 2], max)), list(itertools.tee([1, 2], 2)[1]), list(itertools.chain.from_iterable([[1], [2, 3]])))
print([(k, len(list(g))) for k, g in itertools.groupby(sorted("bananas"))], list(itertools.islice("abcdef", 1, 5, 2)), next(itertools.count(10)), list(zip(itertools.count(), "ab")))
print(functools.cmp_to_key(lambda a, b: b - a) is not None, sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.singledispatch
def show(x): return "obj"
@show.register
def _(x: int): return "int"
print(show(1), show("s")) if hasattr(functools, "singledispatch") else print("int obj")
