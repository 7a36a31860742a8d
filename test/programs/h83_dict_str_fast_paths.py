# d[k], `k in d` and d.get(k) with str keys (the loop's one-lookup paths) against the
# cases they must leave to the generic way: misses, dict and str subclasses, __missing__,
# keys equal across types, argument errors
class Missing(dict):
    def __missing__(self, key):
        return "missing:" + key

class S(str):
    def __hash__(self):
        return hash(str(self))
    def __eq__(self, other):
        print("S.__eq__", str(self), other)
        return str(self) == other

d = {"alpha": 1, "beta": 2, "": 0, "é": 5, "😀": 6}
for k in ["alpha", "beta", "", "é", "😀", "gamma", "alph" + "a", S("beta")]:
    print(repr(k), k in d, k not in d, d.get(k), d.get(k, -1))
    try:
        print(d[k])
    except KeyError as e:
        print("KeyError", e)
m = Missing(a=1)
print(m["a"], m["zz"], "zz" in m, m.get("zz"), m.get("zz", 9), m.get("a"))
sd = {S("x"): 1}
print("x" in sd, sd.get("x"), sd["x"])
n = {1: "one", 2.0: "two", (1, "a"): "t"}
print(1 in n, 2 in n, n[2], n.get((1, "a")), "1" in n, n.get("1", "dflt"))
try:
    d.get(key="alpha")
except TypeError as e:
    print("TypeError", e)
for args in [(), ("a", 1, 2)]:
    try:
        d.get(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    print([] in d)
except TypeError as e:
    print("TypeError", e)
try:
    d[["x"]]
except TypeError as e:
    print("TypeError", e)
print(dict.get(d, "beta"), dict.get(m, "a"), {}.get("x"))
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, counts["the"], "cat" in counts)
