# list.sort / sorted call `<` on objects in exactly the order of CPython 3.11's timsort
# (count_run, binary insertion up to minrun, powersort merging, merge_lo / merge_hi with
# galloping and min_gallop adaptation): every (left, right) pair of a recording __lt__ is
# checked through its count, a hash and the first / last few pairs, over many input
# shapes, keys, reverse=True, equal keys, a __lt__ that raises (the list keeps the order
# the sort had reached) and a list mutated during the sort.
import random

log = []


class V:
    __slots__ = ("v", "i")

    def __init__(self, v, i):
        self.v = v
        self.i = i

    def __lt__(self, other):
        log.append((self.i, other.i))
        return self.v < other.v

    def __repr__(self):
        return f"V({self.v}, {self.i})"


def digest(pairs):
    h = 0
    for a, b in pairs:
        h = (h * 1000003 + a * 7919 + b + 1) % 2305843009213693951
    return h


def run(vals, reverse=False, key=False):
    objs = [V(v, i) for i, v in enumerate(vals)]
    log.clear()
    if key:
        out = sorted(range(len(vals)), key=lambda j: objs[j], reverse=reverse)
        out = [objs[j] for j in out]
    else:
        out = sorted(objs, reverse=reverse)
    exp = sorted(objs, key=lambda o: o.v, reverse=reverse)
    assert [o.i for o in out] == [o.i for o in exp], "not the stable order"
    return list(log), out


def show(label, vals, reverse=False, key=False):
    pairs, out = run(vals, reverse, key)
    print(label, len(vals), len(pairs), digest(pairs), pairs[:4], pairs[-3:],
          digest([(o.i, 0) for o in out]))


# the example: 3 1 2
pairs, _ = run([1, 3, 2])
print("small", pairs)
pairs, _ = run([3, 1, 2, 0, 6, 5, 4])
print("seven", pairs)

random.seed(56)


def shape(kind, n):
    if kind == "random":
        return [random.random() for _ in range(n)]
    if kind == "sorted":
        return sorted(random.randrange(1000) for _ in range(n))
    if kind == "reversed":
        return sorted((random.randrange(1000) for _ in range(n)), reverse=True)
    if kind == "dups":
        return [random.randrange(3) for _ in range(n)]
    if kind == "runs":
        out = []
        while len(out) < n:
            r = sorted(random.random() for _ in range(random.randrange(1, 40)))
            if random.random() < 0.5:
                r.reverse()
            out += r
        return out[:n]
    if kind == "nearly":
        out = sorted(random.random() for _ in range(n))
        for _ in range(3):
            if n:
                out[random.randrange(n)] = random.random()
        return out
    if kind == "sawtooth":
        return [i % 17 for i in range(n)]
    raise ValueError(kind)


KINDS = ["random", "sorted", "reversed", "dups", "runs", "nearly", "sawtooth"]

# sizes 0..70, every shape: one line per shape (a digest of all sizes' pairs)
for kind in KINDS:
    total = 0
    h = 0
    for n in range(71):
        pairs, out = run(shape(kind, n), reverse=(n % 3 == 2))
        total += len(pairs)
        h = (h * 31 + digest(pairs)) % 2305843009213693951
    print("sizes 0..70", kind, total, h)

# bigger lists: galloping, merge_hi, the powersort run stack
for n in (500, 1000, 2000):
    for kind in KINDS:
        show(f"big {kind}", shape(kind, n))
show("big random reverse", shape("random", 1500), reverse=True)
show("big runs reverse", shape("runs", 1200), reverse=True)
show("big dups key", shape("dups", 800), key=True)
show("big random key reverse", shape("random", 900), reverse=True, key=True)
show("small key", shape("random", 20), key=True)

# galloping against a long run, then random data (min_gallop adapts up and down)
vals = list(range(0, 1000, 2)) + list(range(1, 1000, 2))
show("interleave", vals)
vals = list(range(600)) + [random.random() * 600 for _ in range(600)]
show("run+random", vals)
vals = [random.random() for _ in range(300)] + list(range(300)) + list(range(900, 600, -1))
show("random+runs", vals)

# stability with equal keys: objects compared by a key only
for reverse in (False, True):
    objs = [V(random.randrange(5), i) for i in range(200)]
    log.clear()
    out = sorted(objs, reverse=reverse)
    print("stable", reverse, len(log), digest(log), [(o.v, o.i) for o in out[:8]])

# list.sort in place, with key=
objs = [V(random.randrange(100), i) for i in range(300)]
log.clear()
objs.sort(key=lambda o: o)
print("sort key", len(log), digest(log), [o.i for o in objs[:10]])


# a __lt__ that raises midway: the sort stops there, the list keeps the order reached
class Boom(Exception):
    pass


class R(V):
    __slots__ = ()
    limit = 0

    def __lt__(self, other):
        log.append((self.i, other.i))
        if len(log) == R.limit:
            raise Boom(f"at {len(log)}")
        return self.v < other.v


for n, limit, reverse in ((7, 3, False), (7, 5, True), (40, 100, False), (300, 1500, False),
                          (300, 2000, True), (1000, 5000, False)):
    objs = [R(random.randrange(50), i) for i in range(n)]
    R.limit = limit
    log.clear()
    try:
        objs.sort(reverse=reverse)
        print("no error")
    except Boom as e:
        print("raised", n, e, len(log), log[-2:], digest([(o.i, 0) for o in objs]),
              [o.i for o in objs[:12]])


# mutating the list inside __lt__
class M(V):
    __slots__ = ()
    target = None

    def __lt__(self, other):
        log.append((self.i, other.i))
        if len(log) == 10:
            M.target.append(M(0, -1))
        return self.v < other.v


objs = [M(random.randrange(30), i) for i in range(50)]
M.target = objs
log.clear()
try:
    objs.sort()
except ValueError as e:
    print("ValueError:", e, len(log), len(objs), [o.i for o in objs[:10]])

# an inconsistent __lt__ (random answers): the pairs still follow timsort's path
class Z(V):
    __slots__ = ()

    def __lt__(self, other):
        log.append((self.i, other.i))
        return random.random() < 0.5


for n in (30, 400, 1500):
    objs = [Z(0, i) for i in range(n)]
    log.clear()
    objs.sort()
    print("coin", n, len(log), digest(log), sorted(o.i for o in objs) == list(range(n)))
