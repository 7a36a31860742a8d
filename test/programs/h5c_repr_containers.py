# repr of nested and recursive containers
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

a = [1, 2]; a.append(a)
print(a, repr(a), str(a))
d = {"k": 1}; d["self"] = d
print(d)
b = [a, d]
print(b)
c = [[]]; c[0].append(c)
print(c)
e = {}; e[1] = [e, (e,)]
print(e)
tt = ([],); tt[0].append(tt)
print(tt)
print([[], [[]], [[], [[]]]], ((), ((),), (1,)), {}, set(), frozenset(), {1: {2: {3: {}}}})
print([1.0, -0.0, 1e16, float("nan")], (1,), (1, 2), ((1,),), [None, True, ...], {None: None})
print({1, 2, 3}, frozenset({1}), {frozenset(): set()} if False else frozenset([frozenset()]))
print(["a", 'b"', "c'", 'd\'"'], {"x": "y"}, ("\n",))
print(list(range(5)), range(5), range(1, 10, 2), range(0), range(-5, 5, -1), slice(1, 2), slice(None), slice(1, None, "a"))
print([print], [len], [int, str, type, object], [type(None)], [NotImplemented, Ellipsis])
class A:
    def __repr__(self):
        return "A!"
class B:
    def __repr__(self):
        return self.x
class C:
    def __repr__(self):
        return 5
class D:
    def __str__(self):
        return "strD"
class L(list):
    pass
class Dd(dict):
    def __repr__(self):
        return "Dd" + dict.__repr__(self)
print([A()], (A(),), {A(): A()} if False else {"k": A()}, {A()} if False else [A(), [A()]])
t(lambda: repr([B()]))
t(lambda: repr([C()]))
t(lambda: str(C()))
t(lambda: repr(C()))
t(lambda: [str(D())])
t(lambda: str(D()) * 2)
t(lambda: "%s" % D())
t(lambda: f"{D()}")
t(lambda: L([1, 2]))
t(lambda: repr(L([1, L([2])])))
t(lambda: Dd(a=1))
t(lambda: [Dd(b=[1])])
l2 = L([1]); l2.append(l2)
t(lambda: l2)
x = [1]; y = [x, x]
t(lambda: y)
t(lambda: {"a": [1, {"b": (2, [3, {4}])}]})
t(lambda: [[1, 2], [3, 4]] == [[1, 2], [3, 4]])
t(lambda: a == a)
t(lambda: repr(a) == repr(a))
t(lambda: str(d))
t(lambda: list(d.keys()))
t(lambda: d.keys())
t(lambda: {1: 2}.values())
t(lambda: {1: 2}.items())
t(lambda: iter([]).__class__.__name__)
t(lambda: repr(1e300 * 1e300))
t(lambda: [10**30, -10**30, 2**63])
t(lambda: [True, False, 1 == 1.0])
t(lambda: ("a", ("b", ("c", ()))))
nested = []
cur = nested
for i in range(50):
    n = []
    cur.append(n)
    cur = n
print(nested)
