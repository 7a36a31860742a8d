# for i, x in enumerate(list), for a, b in zip(list, list), for k, v in d.items(): the pair pushed without its tuple
# (vm/evalhelpers.ts forIterPair) and every way out of that path (start beyond the tagged
# range, mutation, exhaustion, strict, other sources, partial iteration, refcounts).
import sys
l = [10, 20, 30, 40]
for i, x in enumerate(l):
    print(i, x, end="; ")
print()
for i, x in enumerate(l, -2):
    print(i, x, end="; ")
print()
for i, x in enumerate(l, 2**30 - 2):
    print(i, type(i).__name__, x, end="; ")
print()
for i, x in enumerate(l, 2**62):
    print(i, x, end="; ")
print()
m = [1, 2, 3]
for i, x in enumerate(m):
    if i < 3:
        m.append(x * 10)
print(m)
m = [1, 2, 3, 4, 5]
for i, x in enumerate(m):
    if i == 1:
        del m[0]
    print(i, x, end="; ")
print()
it = enumerate(["a", "b", "c"])
for i, x in it:
    break
print(next(it), list(it))
a, b = [1, 2, 3], ["x", "y"]
for p, q in zip(a, b):
    print(p, q, end="; ")
print()
for p, q in zip(b, a):
    print(p, q, end="; ")
print()
try:
    for p, q in zip(a, b, strict=True):
        print(p, q, end="; ")
except ValueError as e:
    print("ValueError:", e)
z = zip(a, b)
for p, q in z:
    break
print(list(z))
for p, q in zip(a, "xyz"):
    print(p, q, end="; ")
print()
for p, q in zip(range(3), a):
    print(p, q, end="; ")
print()
for i, (p, q) in enumerate(zip(a, b)):
    print(i, p, q, end="; ")
print()
for t in enumerate(a):
    print(t, end="; ")
print()
for i, *rest in zip(a, a, a):
    print(i, rest, end="; ")
print()
obj = object()
l2 = [obj] * 3
before = sys.getrefcount(obj)
for i, x in enumerate(l2):
    pass
for x, y in zip(l2, l2):
    pass
del x, y
print(sys.getrefcount(obj) - before)
def gen():
    for i, x in enumerate([5, 6]):
        yield i, x
print(list(gen()))
try:
    for i, x in enumerate([1, (2, 3)]):
        pass
except TypeError as e:
    print("TypeError", e)
for a1, b1 in zip([[1, 2]], [[3, 4]]):
    a1.append(b1)
print(a1)
d = {"a": 1, "b": 2, "c": 3}
for k, v in d.items():
    print(k, v, end="; ")
print()
try:
    for k, v in d.items():
        d["z" + k] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
d = {1: 1, 2: 2, 3: 3}
try:
    for k, v in d.items():
        del d[k]
        d[k + 10] = v
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
it = iter({"x": 1, "y": 2}.items())
for k, v in it:
    break
print(next(it, None), next(it, None))
for k, v in {}.items():
    print("never")
dd = {i: str(i) for i in range(5)}
del dd[2]
print([(k, v) for k, v in dd.items()])
for k, v in dd.items():
    dd[k] = v + "!"
print(dd)
for i, (k, v) in enumerate(dd.items()):
    print(i, k, v, end="; ")
print()
