calls = 0
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        global calls
        calls += 1
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return f"K({self.v})"
a = {K(i) for i in range(6)}
b = {K(i) for i in range(3, 9)}
print("built", calls); calls = 0
c = set(a); print("set(a)", calls, len(c)); calls = 0
c = a.copy(); print("copy", calls); calls = 0
c = a | b; print("|", calls, len(c)); calls = 0
c = a & b; print("&", calls, sorted(x.v for x in c)); calls = 0
c = a - b; print("-", calls, sorted(x.v for x in c)); calls = 0
c = a ^ b; print("^", calls, sorted(x.v for x in c)); calls = 0
print(a == set(a), calls); calls = 0
print(a <= (a | b), calls); calls = 0
f = frozenset(a); print("frozenset", calls); calls = 0
print(a.isdisjoint(b), calls); calls = 0
print(a.union(b) == b.union(a), calls); calls = 0
print(len(a.intersection(b)), len(a.difference(b)), calls); calls = 0
d = dict.fromkeys(a); print("fromkeys", calls); calls = 0
e = {K(1): 1, K(2): 2}
print(e == dict(e), calls); calls = 0
# orders of the results of set operations on numbers and strings (CPython's table order)
x = {5, 1000, 3, 77, 2**40, -4, 12}
y = {3, 2**40, 8, 99, 1000}
print(x | y, x & y, x - y, x ^ y, y ^ x)
print(frozenset(x), set(y), x.copy())
w = {"pear", "apple", "fig", "kiwi"}
v = {"fig", "plum"}
print(sorted(w | v), sorted(w ^ v), w.isdisjoint(v), w.isdisjoint({"lime"}))
print(dict.fromkeys(x), dict.fromkeys({"a": 1, "b": 2}, 0))
s = set(range(20))
s ^= set(range(10, 30))
print(s)
# in-place difference with a set: the stored hashes too
a = {K(i) for i in range(6)}
b = {K(i) for i in range(3, 9)}
calls = 0
a -= b
print("-=", calls, len(a)); calls = 0
a.difference_update({K(0)})
print("difference_update", calls, len(a)); calls = 0
print(a.isdisjoint(b), a.isdisjoint([K(1)]), calls)
