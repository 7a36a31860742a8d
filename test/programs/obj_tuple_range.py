# tuple and range: construction, count/index, immutability, concatenation,
# range attributes, membership, equality, len, negative steps, reprs.
t = (3, 1, 4, 1, 5)
print(t.count(1), t.index(4), t.index(1, 2), len(t), t + (9,), t * 2, (0,) * 0)
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(), tuple({"k": 0}))
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
holder = ([1], "s")
holder[0].append(2)              # the list inside can still change
print(holder, (1, 2) < (1, 3), (2,) > (1, 99), (1, 2) == (1, 2.0), max([(1, "b"), (1, "a")]))
point = 3, 4
x, y = point
print(x, y, point, type(point).__name__, (1,) == 1, () == ())
r = range(2, 20, 3)
print(r, r.start, r.stop, r.step, len(r), list(r), r[2], r[-1], r.index(11), r.count(5))
print(8 in r, 9 in r, 20 in r, -1 in range(-5, 0), list(range(5, 0, -2)), list(range(0)))
print(range(0, 10, 2) == range(0, 9, 2), range(0) == range(2, 2), range(3) == [0, 1, 2])
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), len(range(10 ** 6)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(10, 0, -4)), range(1, 2, 1))
print(sum(range(101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3).index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"}[(0, 0)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), sorted([(2, 1), (1, 2), (1, 1)]))
print(tuple(x * x for x in range(4)), tuple(reversed((1, 2, 3))), (1, 2, 3)[::-1])
print(repr((1,)), repr(()), str((None, "s")), repr(range(0, 5)), repr(range(5, 0, -1)))
