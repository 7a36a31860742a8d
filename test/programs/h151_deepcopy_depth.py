# gilvm-nogil:
# copy.deepcopy of deeply nested lists, dicts and tuples meets the recursion limit at CPython's
# depth and call: its _deepcopy_list/_dict/_tuple frames sit between deepcopy's (the
# dispatch before any other test), and a copy keeps sharing, cycles and unchanged tuples
import copy, sys
def nest(kind, n):
    x = kind()
    for i in range(n):
        if kind is list: x = [x]
        elif kind is dict: x = {"k": x}
        else: x = (x, [])
    return x
def depthof(kind):
    lo, hi = 1, 600
    while lo < hi:
        mid = (lo + hi + 1) // 2
        try:
            copy.deepcopy(nest(kind, mid))
            lo = mid
        except RecursionError:
            hi = mid - 1
    return lo
for lim in (1000, 1001, 1002, 1003):
    sys.setrecursionlimit(lim)
    print(lim, depthof(list), depthof(dict), depthof(tuple))
for kind in (list, dict, tuple):
    try:
        copy.deepcopy(nest(kind, 1200))
    except RecursionError as e:
        print(kind.__name__, e)
a = [1, 2]
t = (a, a, (3,))
c = copy.deepcopy(t)
print(c, c[0] is c[1], c[0] is not a, copy.deepcopy((1, (2, "x"))) )
tt = (1, 2)
print(copy.deepcopy(tt) is tt)
cyc = []
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[0] is cc, cc is not cyc)
d = {"a": [1], "b": None}
d["self"] = d
dc = copy.deepcopy(d)
print(dc["self"] is dc, dc["a"] == [1])
tc = ([],)
tc[0].append(tc)
tcc = copy.deepcopy(tc)
print(tcc[0][0] is tcc, tcc is not tc)
