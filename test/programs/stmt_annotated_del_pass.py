# Annotated assignments (annotation evaluated, not enforced), del of names,
# attributes, items and slices, pass.
count: int = 5
name: str = 42          # not enforced
ratio: float
print(count, name)
try:
    print(ratio)
except NameError as e:
    print(type(e).__name__, e)
print(sorted(__annotations__.items(), key=lambda kv: kv[0]) if False else "annotations skipped")


def evaluated():
    print("annotation expression evaluated")
    return int


value: evaluated() = 3
print(value)


class Point:
    x: int = 0
    y: int
    label: "str" = "origin"


print(Point.x, Point.label, hasattr(Point, "y"))


def f(a: int, b: "list[int]" = None) -> str:
    local: list = []
    local.append(a)
    return str(local)


print(f(1))
items = [0, 1, 2, 3, 4, 5]
del items[0]
print(items)
del items[1:3]
print(items)
del items[::2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
temp = "bye"
del temp
try:
    print(temp)
except NameError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
print("a" in dir(), "b" in dir())


class Thing:
    pass


t = Thing()
t.x = 1
t.y = 2
del t.x
print(vars(t))
try:
    del t.x
except AttributeError as e:
    print(type(e).__name__, e)
nested = [[1, 2], [3, 4]]
del nested[0][0], nested[1]
print(nested)


def nothing():
    pass


class Empty:
    pass


for _ in range(2):
    pass
print(nothing(), type(Empty()).__name__)
if True:
    pass
else:
    pass


def uses_del():
    x = 1
    del x
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"


print(uses_del())
