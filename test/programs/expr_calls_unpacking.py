# Calls with positional, keyword, *args and **kwargs; displays with * and ** unpacking.
def show(a, b=2, *args, c=3, **kwargs):
    return f"a={a} b={b} args={args} c={c} kwargs={kwargs}"


print(show(1))
print(show(1, 5, 6, 7, c=8, d=9))
print(show(*[1, 2, 3]))
print(show(*(1,), **{"c": 10, "z": 11}))
print(show(1, *[2, 3], 4, *(5,), c=0, **{"x": 1}, **{"y": 2}))
print(show(b=1, a=2))
params = {"a": "A", "b": "B"}
print(show(**params, c="C"))
print(show(*"xy"), show(*range(4)))
try:
    show(1, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"c": 1}, **{"c": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show()
except TypeError as e:
    print(type(e).__name__, e)


def two(x, y):
    return x - y


try:
    two(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    two(1, z=3)
except TypeError as e:
    print(type(e).__name__, e)

first = [1, 2]
second = (3, 4)
print([*first, *second, 5], (*first, 0), {*first, *second}, [*"ab", *range(2)])
print((*first,), [*[], *[]], [*{"k": 1, "j": 2}])
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 100})
print(dict(d1, c=3), dict(**d1), dict([("x", 1)], y=2))
print(max(*[3, 9, 2]), min(4, *[7, 1]), sum([*range(5)]))
print(*[1, 2, 3], sep=", ", end=" <- end\n")
print(*{"one": 1, "two": 2}.items())
args = (10, 20)
kwargs = {"sep": "|"}
print(*args, **kwargs)
print("{}-{}".format(*args), "{a}/{b}".format(**d1))
single, = [42]
print(single)
nested = [[1, 2], [3, 4]]
print([*nested[0], *nested[1]], list(zip(*nested)))
