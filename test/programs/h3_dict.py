# gilvm-nogil: --workers 2
# dict: constructors, methods and errors, views (set ops, reversed, mapping), | and |=, ordering after delete/reinsert, mutation during iteration, key equality of 1/1.0/True.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: dict([(1, 2), [3, 4]])); t(lambda: dict(a=1, b=2)); t(lambda: dict({1: 2}, x=3)); t(lambda: dict([(1, 2, 3)])); t(lambda: dict([1])); t(lambda: dict(5)); t(lambda: dict([(1, 2)], [(3, 4)])); t(lambda: dict(zip("ab", range(2)))); t(lambda: dict(["ab", "cd"]))
t(lambda: dict.fromkeys("abc")); t(lambda: dict.fromkeys([1, 2], [])); t(lambda: dict.fromkeys(3)); t(lambda: {}.fromkeys(range(3), 0))
d = {1: "a", 2: "b", 3: "c"}
t(lambda: d[4]); t(lambda: d[[1]]); t(lambda: d.get([1])); t(lambda: d.pop(9)); t(lambda: d.pop(9, "dflt")); t(lambda: {}.popitem()); t(lambda: d.get()); t(lambda: d.get(1, 2, 3)); t(lambda: d.setdefault()); t(lambda: d.update(5)); t(lambda: d.update([1])); t(lambda: d.update({}, {})); t(lambda: {}[()])
t(lambda: {1: 2} == {1: 2}); t(lambda: {1: 2, 3: 4} == {3: 4, 1: 2}); t(lambda: {1: 2} < {1: 2}); t(lambda: {1: 1} == {1: 1.0}); t(lambda: {1: "a", 1.0: "b", True: "c"}); t(lambda: {0: 1, False: 2, 0.0: 3})
e = {"x": 1, "y": 2, "z": 3}
del e["y"]; e["y"] = 9; e["x"] = 0; print(e, list(e), list(e.values()), list(e.items()), list(reversed(e)), list(reversed(e.items())))
k = e.keys(); v = e.values(); it = e.items()
print(k, v, it, len(k), "x" in k, ("x", 0) in it, ("x", 1) in it, 0 in v, k & {"x", "q"}, sorted(k | {"q"}), sorted(k - {"x"}), sorted(k ^ {"x", "w"}), k == {"x", "y", "z"}, k <= {"x", "y", "z", "w"}, it & {("x", 0)})
e["w"] = 5; print(k, len(v), list(it)[-1], k.isdisjoint(["a"]), k.isdisjoint("x"))
t(lambda: k[0]); t(lambda: v == v); t(lambda: e.keys() == e.keys()); t(lambda: e.values() == e.values()); t(lambda: e.items() > {("x", 0)}); t(lambda: hash(k)); t(lambda: hash(e.items())); t(lambda: type(hash(e.values())))
f = {1: 1}
def mut():
    for key in f:
        f[key + 1] = 1
t(mut)
def mut2():
    g = {1: 1, 2: 2}
    for key in g:
        del g[key]
t(mut2)
def mut3():
    g = {1: 1, 2: 2}
    for key in g:
        g[key] = 5  # value change is fine
    return g
t(mut3)
t(lambda: {1: 2} | {3: 4}); t(lambda: {1: 2} | {1: 3}); t(lambda: {1: 2} | [(3, 4)]); t(lambda: [(3, 4)] | {1: 2})
h = {1: 2}; h |= [(5, 6)]; h |= {1: 0}; print(h)
t(lambda: h.__ior__(5)); t(lambda: h.__or__(5))
t(lambda: {**{1: 2}, **{1: 3, 4: 5}}); t(lambda: {**[1]}); t(lambda: dict(**{"a": 1}, b=2)); t(lambda: dict(**{1: 1})); t(lambda: (lambda **kw: kw)(**{"a": 1}, a=2))
t(lambda: {[]: 1}); t(lambda: {{}: 1}); t(lambda: {(1, [2]): 3}); t(lambda: {(1, (2,)): 3}); t(lambda: {frozenset([1]): 2}[frozenset([1])])
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return "K(%r)" % self.v
m = {K(1): "one"}; m[K(1)] = "uno"; print(m, K(1) in m, K(2) in m, m.get(K(1)))
class NoHash:
    __hash__ = None
t(lambda: {NoHash(): 1}); t(lambda: hash(NoHash()))
class EqOnly:
    def __eq__(self, o): return True
t(lambda: hash(EqOnly())); t(lambda: EqOnly.__hash__)
class Missing(dict):
    def __missing__(self, key): return key * 2
mm = Missing(a=1); print(mm["a"], mm["zz"], mm.get("zz"), "zz" in mm, mm)
from collections import defaultdict
dd = defaultdict(list); dd["a"].append(1); print(dd, dd.get("b"), len(dd))
n = {i: i * i for i in range(6) if i % 2}; print(n, {v: k for k, v in n.items()}, {(i, j): 0 for i in range(2) for j in range(2)})
print(repr({}), repr({1: {2: {}}}), str({"a": [1, "b"]}), {1: None}.items(), {}.keys())
r = {}; r[1] = r; print(r)
p = {"b": 1, "a": 2}; print(sorted(p), sorted(p.items(), key=lambda kv: kv[1]), max(p, key=p.get), min(p.values()), sum(p.values()), list(enumerate(p)))
t(lambda: dict.__getitem__({1: 2}, 1)); t(lambda: {}.__len__()); t(lambda: {1: 2}.__contains__(1)); t(lambda: dict.keys(5)); t(lambda: {1: 2}.copy() is {1: 2}); t(lambda: list({1: 2}.items())[0]); t(lambda: iter({1: 2}).__next__())
q = {1: 2, 3: 4}; print(q.popitem(), q, q.setdefault(5, 6), q.setdefault(5, 7), q, q.pop(1), q, q.clear(), q)
def mut4():
    g = {1: 1, 2: 2}
    for key in g.keys():
        g.pop(key); g[key] = 0
t(mut4)
def mut5():
    g = {1: 1, 2: 2, 3: 3}
    out = []
    for k in g:
        out.append(k)
        if k == 1:
            del g[2]; g[4] = 4
    return out
t(mut5)
def mut6():
    g = {1: 1, 2: 2}
    it = iter(g.items())
    next(it); g.pop(1); g[1] = 5; g.pop(2); g[2] = 6
    r = []
    try:
        r.append(next(it))
        r.append(next(it))
    except RuntimeError as e:
        r.append(str(e))
    r.append(next(it, "after"))
    return r
t(mut6)
def mut7():
    g = {1: 1}
    it = iter(g)
    g[2] = 2
    r = []
    for _ in range(2):
        try: r.append(next(it))
        except RuntimeError as e: r.append(str(e))
    return r
t(mut7)
s = {1, 2}
def smut():
    for x in s:
        s.discard(x); s.add(x + 10)
t(smut)
