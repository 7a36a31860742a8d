l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[::3] = [0, 0, 0]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
del l[1::2]
print(l)
l[1:1] = (9, 9)
l[-1:] = []
print(l, l[::-1], l[-3:-1], l[10:], l[:-10])
l2 = [3, 1, 2]
l2.extend(range(2)); l2.insert(0, "s"); l2.insert(100, "e"); l2.insert(-100, "b")
print(l2, l2.pop(), l2.pop(0), l2.index(2), l2.count(1))
l2.remove(1); print(l2)
for bad in [lambda: l2.remove(99), lambda: l2.index(99), lambda: [].pop(), lambda: [1].pop(5), lambda: l2[100], lambda: l2["a"],
            lambda: (1, 2)[5], lambda: "ab"[9], lambda: {}["nokey"], lambda: {}[(1, 2)], lambda: {"a": 1}[["list"]], lambda: [3, "a"].sort(),
            lambda: set().pop(), lambda: {1}.remove(2), lambda: frozenset().add, lambda: {}.popitem(), lambda: (1,).index(3), lambda: range(3)[5],
            lambda: [1, 2] + (3,), lambda: "a" + 1, lambda: 1 + "a", lambda: [] * [], lambda: -"a", lambda: 1 < "a", lambda: None < None, lambda: {} < {},
            lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: 0 ** -1, lambda: hash([]), lambda: {[]: 1}, lambda: {{}},
            lambda: int("abc"), lambda: int("1.5"), lambda: float("x"), lambda: int(None), lambda: float([]), lambda: len(5), lambda: iter(5), lambda: next([]),
            lambda: "abc"[1:2:0], lambda: list(range(5))[::0], lambda: "{} {}".format(1), lambda: "{0} {}".format(1, 2), lambda: "{x}".format(), lambda: "%d" % "a", lambda: "%s %s" % (1,), lambda: "%s" % (1, 2),
            lambda: (a for a in 1), lambda: [*1], lambda: dict(**{1: 2}) , lambda: 5(), lambda: "s"(), lambda: chr("a"), lambda: ord(5), lambda: round("a"), lambda: sorted(5),
            lambda: tuple()[0], lambda: (1).__add__("a"), lambda: abs("a"), lambda: ~1.5, lambda: 1 << -1, lambda: 2 ** 10000 * 1.0, lambda: 10.0 ** 400]:
    try:
        print("no error", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
d = {"b": 1, "a": 2}
d["c"] = 3
d.update({"a": 20}, z=26)
d.update([("q", 0)])
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()), len(d), "a" in d, 20 in d)
print(d.get("x"), d.get("x", 0), d.pop("q"), d.pop("x", "dflt"), d.setdefault("n", []), d.popitem(), d)
ks = d.keys()
d["new"] = 1
print(ks, ks & {"a", "zz"}, ks | {"w"} == set(d) | {"w"}, sorted(ks - {"a"}), d.items() & {("a", 20)}, ("a", 20) in d.items(), reversed(d) is not None, list(reversed(d)))
print(dict(a=1, b=2), dict([("x", 1)], y=2), dict(zip("ab", [1, 2])), dict.fromkeys("ab", 0), {1: 2} | {3: 4}, d == dict(d), {1: 1} == {1: 1.0})
dd = {1: "a"}; dd |= {2: "b"}; print(dd, dd.copy() is not dd, sorted({"b": 1, "a": 0}.items(), key=lambda kv: kv[1]))
try:
    for k in d: d["x" + k] = 1
except RuntimeError as e:
    print(e)
s1, s2 = {1, 2, 3}, {2, 3, 4}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {2} < s1, s1.issuperset({1}), s1.isdisjoint({9}), s1.union([5], (6,)), s1.intersection(range(3)), frozenset(s1) == s1)
s3 = set(); s3.add(1); s3.update([2, 3], {4}); s3.discard(9); s3 -= {1}; s3 |= {10}; s3 &= {2, 3, 10, 11}; s3 ^= {3, 99}
print(sorted(s3), len(s3), {frozenset({1}): 1}, set("aab") == {"a", "b"}, repr(set()), repr(frozenset()), {1, 2} == frozenset({1, 2}))
t = (1, 2, [3])
t[2].append(4)
print(t, t + (5,), t * 2, t.count(1), t.index(2), (1, 2) < (1, 3), (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)), tuple("ab"), len(()))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
r = range(2, 20, 3)
print(r, list(r), r[2], r[-1], r[1:3], len(r), 5 in r, 6 in r, r.index(8), r.count(8), range(5) == range(0, 5), list(range(5, 0, -2)), range(0), bool(range(0)))
sl = slice(1, 5, 2)
print(sl, sl.start, sl.stop, sl.step, list(range(10))[sl], sl.indices(3), slice(3))
a = b = [1]
a += [2]
print(a, b, a is b)
x, (y, z), *rest = 1, (2, 3), 4, 5
print(x, y, z, rest)
[p, q] = "pq"; print(p, q)
i, j = j, i = 1, 2
print(i, j)
m = [[0] * 2 for _ in range(2)]
m[0][1] = 5; print(m)
nums = [5, 3, 8]
nums.sort(key=lambda n: -n); print(nums, nums.reverse(), nums, nums.copy(), nums.clear(), nums)
del m[0][0]; print(m)
dd = {"a": 1}
del dd["a"]
try:
    del dd["a"]
except KeyError as e:
    print(repr(e))
print(list(zip(*[[1, 2], [3, 4]])), [list(g) for g in [iter([1])]], list(map(tuple, [[1]])), [*{"k": 1}], list({1: 2}.items())[0])
print(id(a) == id(b), hash(1) == hash(1.0), hash("a") == hash("a"), hash(None) is not None, hash(-1), hash(2**61), hash(0.5), hash(True))
