# gilvm-nogil: --workers 2
# Generator pipelines over a web-server log: parsing, filtering, windowed aggregation,
# coroutines fed with send(), throw() and close(), yield from with return values, and
# itertools everywhere.
import itertools as it
from collections import Counter, deque, namedtuple
from functools import reduce

Hit = namedtuple("Hit", "ts ip method path status size ms")

RAW = """\
0 10.0.0.1 GET /index.html 200 5120 12
1 10.0.0.2 GET /about.html 200 2048 8
1 10.0.0.1 POST /api/login 401 128 30
2 10.0.0.3 GET /index.html 200 5120 11
3 10.0.0.1 POST /api/login 200 256 42
# a comment line
4 10.0.0.4 GET /missing 404 0 3
5 10.0.0.2 GET /api/items?page=2 200 9000 95
5 10.0.0.2 GET /api/items?page=3 500 0 300
bogus line here
7 10.0.0.3 DELETE /api/items/7 204 0 25
8 10.0.0.1 GET /index.html 304 0 2
9 10.0.0.5 GET /api/items?page=1 200 8800 88
"""


def read_lines(text):
    for n, line in enumerate(text.splitlines(), 1):
        yield n, line


def parse(lines, errors):
    for n, line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split()
        try:
            ts, ip, method, path, status, size, ms = parts
            yield Hit(int(ts), ip, method, path.partition("?")[0], int(status), int(size), int(ms))
        except ValueError as e:
            errors.append((n, str(e)))


def where(hits, **conds):
    for h in hits:
        if all(pred(getattr(h, field)) if callable(pred) else getattr(h, field) == pred
               for field, pred in conds.items()):
            yield h


def windows(hits, width):
    """Groups hits into time windows of `width` seconds."""
    for key, group in it.groupby(hits, key=lambda h: h.ts // width):
        yield key * width, list(group)


def running_stats():
    """Coroutine: send latencies, receive (count, mean, max); send None to get the summary."""
    n, total, top = 0, 0, 0
    result = None
    while True:
        try:
            x = yield result
        except ValueError as e:
            result = f"reset ({e})"
            n, total, top = 0, 0, 0
            continue
        if x is None:
            return {"n": n, "mean": round(total / n, 2) if n else None, "max": top}
        n += 1
        total += x
        top = max(top, x)
        result = (n, round(total / n, 2), top)


def collect(target):
    summary = yield from target
    return ("summary", summary)


def moving_average(values, k):
    window = deque(maxlen=k)
    for v in values:
        window.append(v)
        yield round(sum(window) / len(window), 2)


errors = []
hits = list(parse(read_lines(RAW), errors))
print(len(hits), "hits;", "errors:", errors)
print(Counter(h.status for h in hits).most_common(3), Counter(h.ip for h in hits)["10.0.0.1"])
api = list(where(hits, path=lambda p: p.startswith("/api"), status=200))
print([(h.ts, h.method, h.path) for h in api])
for start, group in windows(hits, 3):
    print(f"t={start:>2}..{start + 2}: {len(group)} hits, {sum(h.size for h in group):>6} bytes,"
          f" slowest {max(group, key=lambda h: h.ms).path}")

stats = running_stats()
next(stats)
for h in hits[:4]:
    print("stats:", stats.send(h.ms))
print("throw:", stats.throw(ValueError("new day")))
for h in hits[4:]:
    stats.send(h.ms)
try:
    stats.send(None)
except StopIteration as stop:
    print("final:", stop.value)

c = collect(running_stats())
next(c)
c.send(10)
c.send(20)
try:
    c.send(None)
except StopIteration as stop:
    print("collected:", stop.value)

g = running_stats()
next(g)
g.close()
print("closed:", g.gi_frame is None, list(it.islice(moving_average([h.ms for h in hits], 3), 6)))

by_ip = {ip: [h.path for h in grp] for ip, grp in it.groupby(sorted(hits, key=lambda h: h.ip), key=lambda h: h.ip)}
print(by_ip)
a, b = it.tee(h.size for h in hits)
print(sum(a), max(b), list(it.accumulate(h.size for h in hits[:5])))
print(list(it.starmap(lambda ip, n: f"{ip}:{n}", sorted(Counter(h.ip for h in hits).items())))[:3])
pairs = list(it.pairwise(h.ts for h in hits))
print(max(b - a for a, b in pairs), list(it.compress("abcdef", [1, 0, 1, 1, 0, 1])))
print(list(it.zip_longest("ab", range(4), fillvalue="-")), list(it.chain.from_iterable([[1], [2, 3], []])))
print(reduce(lambda acc, h: acc | {h.method}, hits, set()) == {"GET", "POST", "DELETE"})
print(list(it.takewhile(lambda h: h.status < 400, hits))[-1].path, next(it.dropwhile(lambda h: h.ts < 5, hits)).path)
slow = (h for h in hits if h.ms > 50)
print(next(slow).path, [h.path for h in slow], list(slow))
squares = (n * n for n in it.count(1))
print(list(it.islice(squares, 2, 6)), next(squares), list(it.repeat("x", 3)), list(it.product("ab", [0, 1])))
print(list(it.combinations(sorted({h.method for h in hits}), 2)), len(list(it.permutations(range(4), 2))))
