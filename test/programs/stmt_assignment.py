# Assignment forms: chained, tuple/list unpacking, starred targets, attribute and
# subscript targets, nested unpacking, swap, evaluation order.
a = b = c = [1, 2]
a.append(3)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q], r = "ab", 3
print(p, q, r)
(i, (j, k)), l = (1, (2, 3)), 4
print(i, j, k, l)
first, *rest = range(5)
*init, last = "hello"
head, *middle, tail = [1, 2]
print(first, rest, init, last, head, middle, tail)
a1, *b1, c1, d1 = 1, 2, 3, 4, 5, 6
print(a1, b1, c1, d1)
[*everything] = (7, 8)
print(everything)
for n, (ch, *others) in enumerate(["xyz", "pq"]):
    print(n, ch, others)


class Obj:
    pass


o = Obj()
o.attr = o.other = 5
o.items = [0, 0, 0]
o.items[1], o.attr = "set", 6
print(o.attr, o.other, o.items)
d = {}
d["a"] = d["b"] = 1
d["c"], d["d"] = "cd"
print(d)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 9
print(grid)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99            # targets assigned left to right
print(i, lst)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, *v, w = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    u, v = 5
except TypeError as e:
    print(type(e).__name__, e)
key, value = max({"a": 3, "b": 7}.items(), key=lambda kv: kv[1])
print(key, value)
s = t = "immutable"
s += "!"
print(s, t)
la = lb = [1]
la += [2]
print(la, lb)
ta = tb = (1,)
ta += (2,)
print(ta, tb)
