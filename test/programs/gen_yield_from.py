# yield from: delegation, return value of the subgenerator, send/throw passthrough.
def inner():
    x = yield "inner-1"
    print("inner got", x)
    y = yield "inner-2"
    print("inner got", y)
    return x + y


def outer():
    result = yield from inner()
    print("inner returned", result)
    yield "outer-end"


g = outer()
print(next(g))
print(g.send(10))
print(g.send(20))


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, [3, [4, 5]], 6], [[7]], 8])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain("ab", [1, 2], range(3), (x * 2 for x in range(2)))))


def catcher():
    try:
        yield 1
    except KeyError:
        print("catcher caught KeyError")
        yield "after-catch"


def delegator():
    yield from catcher()
    yield "delegator-end"


d = delegator()
next(d)
print(d.throw(KeyError("x")))
print(next(d))


def closer():
    try:
        yield 1
    finally:
        print("subgenerator finalized")


def wraps():
    yield from closer()


w = wraps()
next(w)
w.close()


def tree(depth):
    if depth == 0:
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    yield depth
    return left + right


gen = tree(3)
values = []
while True:
    try:
        values.append(next(gen))
    except StopIteration as stop:
        print("leaves:", stop.value)
        break
print(values)


def from_list():
    got = yield from [1, 2, 3]
    print("list delegation returns", got)


print(list(from_list()))
