# gilvm-nogil: --workers 2
# list (list_tests/seq_tests): methods and their errors, slice assignment/deletion with steps, sort stability/key/reverse, comparisons, repeat, in-place ops, mutation during sort.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
a = list(range(10))
a[2:5] = []; print(a); a[1:1] = "xy"; print(a); a[::2] = [0] * len(a[::2]); print(a); a[-2:] = (7, 8, 9); print(a); a[100:] = [1]; print(a); a[:-100] = [2]; print(a)
def sa(lst, sl, v):
    try:
        lst[sl] = v
        return lst
    except Exception as e:
        return type(e).__name__ + ": " + str(e)
print(sa(list(range(6)), slice(None, None, 2), [1, 2]), sa(list(range(6)), slice(None, None, -1), "abcdef"), sa(list(range(6)), slice(1, 5, 2), [9, 9]), sa([1, 2], slice(0, 1), 5), sa([1, 2, 3], slice(None, None, 1), iter([7])), sa([1], slice(5, 0, -1), []))
b = list(range(10)); del b[::3]; print(b); del b[-2:]; print(b); del b[::-2]; print(b); del b[10:]; print(b)
t(lambda: [1, 2][2]); t(lambda: [].pop()); t(lambda: [1].pop(5)); t(lambda: [1, 2].pop(-3)); t(lambda: [1].remove(2)); t(lambda: [1].index(2)); t(lambda: [1, 2, 1].index(1, 1)); t(lambda: [1, 2, 1].index(1, -1)); t(lambda: [1, 2, 3].index(3, 0, 2)); t(lambda: [1]["a"]); t(lambda: [1][1.5])
def dl(i):
    x = [1, 2]
    del x[i]
    return x
t(lambda: dl(5)); t(lambda: dl(-1)); t(lambda: dl("a"))
def st(i, v):
    x = [1, 2]
    x[i] = v
    return x
t(lambda: st(2, 0)); t(lambda: st(-2, 0)); t(lambda: st(None, 0))
c = [3, 1, 2]; c.insert(100, 9); c.insert(-100, 8); c.insert(1, 7); print(c); c.extend(range(2)); c.extend("ab"); c += (5,); print(c); c *= 2; print(len(c), c.count(5)); c *= 0; print(c)
t(lambda: [1] + (2,)); t(lambda: [1] * "a"); t(lambda: [0] * -3); t(lambda: [[]] * 2); t(lambda: list("abc")); t(lambda: list(5)); t(lambda: list([1], [2])); t(lambda: list(x=1)); t(lambda: [].extend(5)); t(lambda: [].insert("a", 1)); t(lambda: [].append())
d = [[]] * 3; d[0].append(1); print(d)
print([1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], [] < [0], [1, 2] == [1, 2], [1, 2] == (1, 2), [1, [2]] < [1, [3]], [float("nan")] == [float("nan")])
t(lambda: [1] < ["a"]); t(lambda: [1, 2] < [1, "a"]); t(lambda: [1] < (1,)); t(lambda: [None] < [None])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True), sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True), sorted(pairs, reverse=True))
t(lambda: sorted([1, "a"])); t(lambda: sorted([3, 1], key=None)); t(lambda: sorted([3, 1], lambda x: x)); t(lambda: [3, 1].sort(reverse=None)); t(lambda: [3, 1].sort(cmp=1)); t(lambda: sorted()); t(lambda: sorted([1, 2], key=5))
e = [5, 3, 4]
def bad_key(x):
    e.append(x)
    return x
t(lambda: e.sort(key=bad_key))
class Cmp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "C%d" % self.v
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(3), Cmp(5)], key=lambda c: c.v), min([Cmp(3), Cmp(5)]))
f = [1, 2, 3]; g = f; f += [4]; print(g is f, g); f = f + [5]; print(g is f, g, f)
h = list(range(5)); h.reverse(); print(h, h.copy(), h[::-1], h[-1:-4:-1], h[4:1:-2], h[:], h[1:-1], h[::7])
h.clear(); print(h, len(h), bool(h))
x = [1, 2, 3]; x[1:2] = x; print(x); y = [1, 2]; y.extend(y); print(y); z = [1]; z.append(z); print(z, z == z); w = [1, 2]; w[:] = reversed(w); print(w)
print(list(map(len, ["a", "bb"])), [i * i for i in range(5) if i % 2], [(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(3)])
t(lambda: [1, 2, 3].__getitem__(slice(1, None))); t(lambda: [].__len__()); t(lambda: list.__name__); t(lambda: list.append([], 1)); t(lambda: list.append((), 1)); t(lambda: hash([]))
t(lambda: [1, 2, 3][1:3:0]); t(lambda: [1, 2, 3][::None]); t(lambda: [1, 2, 3]["a":]); t(lambda: [1, 2, 3][:2**70]); t(lambda: [1, 2, 3][-2**70:])
print([1, 2, 3].index(2), [1, 1, 2].count(1), 2 in [1, 2], [] in [[]], list(reversed([1, 2, 3])), sum([[1], [2]], []), [1, 2, 3].__contains__(2))
