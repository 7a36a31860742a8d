# gilvm-nogil: --workers 2
# tuple, range and slice: construction, indexing, slicing with every step, slice.indices, range attributes/equality/index/count, tuple comparisons, hashing, errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tp = (1, 2, 3, 2)
t(lambda: tp.index(2)); t(lambda: tp.index(2, 2)); t(lambda: tp.index(5)); t(lambda: tp.count(2)); t(lambda: tp[4]); t(lambda: tp[-5]); t(lambda: tp[1:3]); t(lambda: tp[::-2]); t(lambda: tp + (5,)); t(lambda: tp + [5]); t(lambda: tp * 2); t(lambda: () * 5)
t(lambda: (1,) < (1, 2)); t(lambda: (1, 2) < (1, "a")); t(lambda: (2,) > (1, "a")); t(lambda: (1, 2) == (1, 2.0)); t(lambda: tuple("ab")); t(lambda: tuple(5)); t(lambda: tuple([1], [2])); t(lambda: hash((1, 2)) == hash((1, 2))); t(lambda: hash((1, [2])))
def setit():
    x = (1, 2)
    x[0] = 5
t(setit)
def delit():
    x = (1, 2)
    del x[0]
t(delit)
t(lambda: (1, 2).append(3)); t(lambda: tuple.__name__); t(lambda: (1,) + ()); t(lambda: repr((1,))); t(lambda: repr(())); t(lambda: ((1, 2),)); t(lambda: (1, (2, (3, ()))))
for r in [range(5), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 1), range(-3, 3), range(0, 10, 4)]:
    print(r, len(r), list(r), r[0] if r else None, r[-1] if r else None, r[1:], r[::-1], r[::2], 3 in r, r.start, r.stop, r.step, bool(r))
t(lambda: range(5)[5]); t(lambda: range(0, 10, 0)); t(lambda: range(1.5)); t(lambda: range()); t(lambda: range(1, 2, 3, 4)); t(lambda: range("a")); t(lambda: range(5).index(7)); t(lambda: range(5).index(3)); t(lambda: range(0, 20, 3).count(9)); t(lambda: range(5).count("a"))
t(lambda: range(0) == range(5, 1)); t(lambda: range(0, 3) == range(0, 3, 1)); t(lambda: range(1, 2, 5) == range(1, 3, 7)); t(lambda: range(3) == [0, 1, 2]); t(lambda: hash(range(0)) == hash(range(3, 3))); t(lambda: range(3) < range(4))
t(lambda: range(10**20)[-1]); t(lambda: len(range(10**20))); t(lambda: range(10**20)[10**19:][:3]); t(lambda: 10**19 in range(10**20)); t(lambda: range(-5, 5)[-20]); t(lambda: list(reversed(range(1, 10, 4)))); t(lambda: range(5)["a"])
for s in [slice(None), slice(2), slice(1, 8, 2), slice(-1, None, -1), slice(None, None, -2), slice(-100, 100), slice(5, 2), slice(2, 5, -1), slice(None, -3)]:
    print(s, s.indices(6), list(range(6))[s], "abcdef"[s], s.start, s.stop, s.step)
t(lambda: slice(1, 2, 0).indices(5)); t(lambda: slice(1, 2).indices(-1)); t(lambda: slice("a").indices(5)); t(lambda: slice()); t(lambda: slice(1, 2, 3, 4)); t(lambda: slice(1, 2) == slice(1, 2)); t(lambda: slice(1, 2) < slice(1, 3)); t(lambda: hash(slice(1)))
t(lambda: [1, 2, 3][slice(1, None)]); t(lambda: "abc"[slice(None, None, -1)]); t(lambda: (1, 2, 3)[1.5:]); t(lambda: [0, 1, 2, 3, 4][None:None:2]); t(lambda: [1, 2, 3][True:]); t(lambda: [1, 2, 3][::-1][::-1])
class Ix:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
t(lambda: [10, 20, 30][Ix(1)]); t(lambda: [10, 20, 30][Ix(0):Ix(2)]); t(lambda: range(Ix(3))); t(lambda: "abc"[Ix(-1)]); t(lambda: (1, 2)[Ix(5)]); t(lambda: slice(Ix(1), Ix(5)).indices(3))
class G:
    def __getitem__(self, k): return k
g = G()
t(lambda: g[1]); t(lambda: g[1:2]); t(lambda: g[1:2, 3]); t(lambda: g[::]); t(lambda: g[:, ...]); t(lambda: g[()]); t(lambda: g[1,]); t(lambda: g["a":"b":"c"])
x = [1, 2, 3]; a, *b = x; *c, d = x; e, *f, g2 = x; print(a, b, c, d, e, f, g2)
print(list(zip(*[(1, 2), (3, 4)])), [*range(3), *"ab"], (*range(2),), max((1, "b"), (1, "a")), sorted([(2, "a"), (1, "b"), (2, "A")]))
