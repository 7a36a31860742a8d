# gilvm-nogil: --workers 2
# sorting and list mutation corners: failing __lt__/key functions leave the list whole, stability with key/reverse, mixed numeric keys, slice assignment forms, copy.deepcopy of nested lists.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        if self.v == 3 or o.v == 3: raise ValueError("cmp fail")
        return self.v < o.v
    def __repr__(self): return f"B{self.v}"
l = [Bad(5), Bad(1), Bad(3), Bad(2)]
t(lambda: l.sort()); print(sorted(x.v for x in l), len(l))
l2 = [3, 1, 2]
def keyf(x):
    if x == 2: raise KeyError("key fail")
    return x
t(lambda: l2.sort(key=keyf)); print(l2)
t(lambda: sorted([1, 2, 3], key=lambda x: [x]))
t(lambda: sorted([[1, "a"], [1, 2]]))
t(lambda: sorted([3, 2, 1], key=lambda x: x % 2))
t(lambda: sorted(["bb", "a", "ccc"], key=len, reverse=True))
t(lambda: sorted([(1, 2), (1, 1), (0, 5)], key=lambda p: p[0], reverse=True))
t(lambda: list(reversed(sorted(range(5), key=lambda x: -x))))
t(lambda: sorted([0.5, 1, True, -2, 2**70, 1e100]))
t(lambda: sorted([float("nan"), 1, 0]))
t(lambda: sorted([None, None]))
t(lambda: sorted([{1}, {1, 2}, {0}]))
t(lambda: sorted(["a", "B"], key=str.casefold))
t(lambda: [1, 2, 3] * True)
t(lambda: [[0] * 2 for _ in range(2)])
x = [1, 2, 3]
x[1:1] = [9, 9]
t(lambda: x)
x[::2] = "abc"
t(lambda: x)
t(lambda: x.sort())
del x[1:3]
t(lambda: x)
y = list(range(5))
y[-1:-4:-1] = [7, 8, 9]
t(lambda: y)
y[5:2] = ["q"]
t(lambda: y)
t(lambda: y.index("q"))
t(lambda: y.count(8))
z = [1, 2]
z[len(z):] = [3]
t(lambda: z)
z.__setitem__(0, "s")
t(lambda: z)
t(lambda: z.__getitem__(-1))
t(lambda: z.__delitem__(5))
t(lambda: [].insert(0))
t(lambda: [1, 2, 3].copy()[::-1])
t(lambda: list.sort([3, 1]))
t(lambda: [3, 1].sort() is None)
t(lambda: [1] == [True])
t(lambda: [0.0] == [-0.0])
t(lambda: list(map(list, zip(*[[1, 2], [3, 4], [5, 6]]))))
t(lambda: [(a, b) for a, b in enumerate("xy", 1)])
nested = [[1, [2, [3]]]]
t(lambda: nested[0][1][1][0])
import copy
t(lambda: copy.deepcopy(nested))
