# gilvm-nogil: --workers 2
"""Web log analytics with generator pipelines and itertools."""
import itertools as it
from collections import Counter, deque, namedtuple, OrderedDict, defaultdict, ChainMap
import functools
import operator

RAW = """\
10.0.0.1 GET /index.html 200 512 12
10.0.0.2 GET /about.html 200 1024 30
10.0.0.1 POST /login 302 0 45
10.0.0.3 GET /index.html 404 128 3
10.0.0.2 GET /missing 404 128 2
bad line here
10.0.0.4 GET /index.html 200 512 15
10.0.0.1 GET /dashboard 200 4096 120
10.0.0.3 POST /login 500 64 300
10.0.0.4 GET /about.html 200 1024 28
10.0.0.1 GET /logout 302 0 5
"""

Hit = namedtuple("Hit", "ip method path status size ms")


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines, errors):
    for n, line in lines:
        parts = line.split()
        if len(parts) != 6:
            errors.append(n)
            continue
        ip, method, path, status, size, ms = parts
        yield Hit(ip, method, path, int(status), int(size), int(ms))


def only(hits, **conds):
    for h in hits:
        if all(getattr(h, k) == v for k, v in conds.items()):
            yield h


def window(iterable, n):
    win = deque(maxlen=n)
    for x in iterable:
        win.append(x)
        if len(win) == n:
            yield tuple(win)


errors = []
hits = list(parse(read_lines(RAW), errors))
print(len(hits), "hits; bad lines:", errors)
print(hits[0], hits[0]._asdict(), hits[0]._replace(ms=0).ms, Hit._fields)
print(Counter(h.status for h in hits).most_common(2), Counter(h.path for h in hits)["/index.html"])
print([h.path for h in only(hits, method="POST")], sum(h.size for h in only(hits, status=200)))

by_ip = it.groupby(sorted(hits, key=operator.attrgetter("ip")), key=operator.attrgetter("ip"))
for ip, group in by_ip:
    g = list(group)
    print(f"{ip:<10} n={len(g)} bytes={sum(h.size for h in g):>5} worst={max(h.ms for h in g)}ms")

ms = [h.ms for h in hits]
print(list(it.accumulate(ms)), list(it.accumulate(ms, max)), list(it.accumulate(ms, operator.mul, initial=1))[:4])
print([round(sum(w) / 3, 1) for w in window(ms, 3)])
print(list(it.islice(it.count(100, 7), 5)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("z", 3)))
print(list(it.chain.from_iterable([[1, 2], (3,), "45"])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 40, ms)), list(it.dropwhile(lambda x: x < 40, ms))[:3])
print(list(it.filterfalse(lambda h: h.status < 400, hits))[0].path, list(it.starmap(pow, [(2, 5), (3, 3)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), list(it.pairwise([1, 4, 9, 16])))
print(list(it.product("ab", repeat=2)), len(list(it.permutations(range(5), 3))), list(it.combinations("abcd", 2))[-2:])
print(list(it.combinations_with_replacement("xy", 3)), [list(g) for k, g in it.groupby("aabbbcaa")])
a, b = it.tee(iter(ms), 2)
next(b)
print([y - x for x, y in zip(a, b)])
print(functools.reduce(lambda acc, h: acc + h.size, hits, 0), functools.reduce(operator.or_, [1, 2, 8]))

# a chunked generator with send() used as a running-stats coroutine
def stats():
    count = total = 0
    lo, hi = None, None
    while True:
        x = yield (count, total, lo, hi)
        if x is None:
            break
        count += 1
        total += x
        lo = x if lo is None else min(lo, x)
        hi = x if hi is None else max(hi, x)
    return f"done after {count}"


co = stats()
next(co)
for x in ms[:5]:
    snap = co.send(x)
print(snap)
try:
    co.send(None)
except StopIteration as stop:
    print("StopIteration value:", stop.value)


def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for x in obj:
            yield from flatten(x)
    else:
        yield obj


print(list(flatten([1, (2, [3, [4, (5,)]]), [], 6])))
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("e", last=False)
od.popitem(last=False)
print(list(od), od.popitem(), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4})["c"], cm.maps[1])
dd = defaultdict(lambda: defaultdict(int))
for h in hits:
    dd[h.method][h.status] += 1
print({m: dict(v) for m, v in dd.items()})
c1, c2 = Counter("abracadabra"), Counter("alakazam")
print(sorted((c1 + c2).items()), sorted((c1 - c2).items()), sorted((c1 & c2).items()), (c1 | c2)["a"])
print(c1.total(), sorted(c1.elements())[:6], Counter({"x": 3, "y": -1}) + Counter(), list(c1.items())[:3])
gen = (h.ms for h in hits)
print(next(gen), sum(gen), next(gen, "exhausted"), list(gen))
