# gilvm-nogil:
# A StopIteration raised by map's function or filter's predicate ends the iteration for
# every consumer (CPython's PyIter_Next / FOR_ITER take a tp_iternext's StopIteration as
# the end); the iterator is not exhausted: the next step goes on with the next item
def raiser(*a):
    if 2 in a:
        raise StopIteration
    return a[0]
print(list(map(raiser, [1, 2, 3])))
for x in map(raiser, [1, 2, 3]):
    print("for", x)
print(tuple(map(raiser, [1, 2, 3])), sorted(map(raiser, [1, 2, 3])), set(map(raiser, [1, 2, 3])))
print([x for x in map(raiser, [1, 2, 3])], sum(map(raiser, [1, 2, 3])), max(map(raiser, [1, 2, 3])))
print(",".join(map(str, map(raiser, [1, 2, 3]))), dict(zip("abc", map(raiser, [1, 2, 3]))))
print(list(map(raiser, [1, 5], [7, 2])), list(enumerate(map(raiser, [1, 2, 3]))))
a, *b = map(raiser, [1, 2, 3, 2])
print(a, b, [*map(raiser, [1, 2])])
def gen():
    yield from map(raiser, [1, 2, 3])
print(list(gen()))
m = map(raiser, [1, 2, 3, 4])
print(list(m), list(m))
f = filter(lambda x: raiser(x), [1, 2, 3])
print(list(f), list(f))
print(list(filter(raiser, [1, 2, 3])), any(map(raiser, [0, 2, 3])))
try:
    next(map(raiser, [2]))
except StopIteration:
    print("next raised StopIteration")
print(next(map(raiser, [2]), "default"))
try:
    sorted([1, 2], key=raiser)
except StopIteration:
    print("a key function's StopIteration propagates")
# next() passes the StopIteration on as it was raised (its value)
def stop_with(x):
    raise StopIteration(x * 10)
for it in (map(stop_with, [4]), filter(stop_with, [5]), map(lambda a, b: stop_with(a + b), [6], [7])):
    try:
        next(it)
    except StopIteration as e:
        print("value", e.value)
print(list(map(stop_with, [1])), next(map(stop_with, [1]), "dflt"))
