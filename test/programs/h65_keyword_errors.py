# Keyword-argument errors of built-in methods and functions: CPython's method descriptors qualify the name (dict.get() takes no keyword arguments), C functions say "'k' is an invalid keyword argument for f()", random's (Python in CPython) "Random.f() got an unexpected keyword argument"
tests = [
    lambda: {}.get(key=1),
    lambda: {}.setdefault(key=1),
    lambda: {}.pop(key=1),
    lambda: [].index(value=1),
    lambda: ().index(value=1),
    lambda: set().union(x=1),
    lambda: "a".encode(foo=1),
    lambda: [].append(x=1),
    lambda: "abc".split(sep=",", foo=1),
    lambda: [].insert(index=0, object=1),
    lambda: "a".startswith(prefix="a"),
    lambda: "a".replace(old="a", new="b"),
    lambda: [1].count(value=1),
    lambda: {}.fromkeys(iterable=[1]),
    lambda: (1).to_bytes(length=2, byteorder="big", foo=1),
]
for t in tests:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(e)
tests2 = [
    lambda: set().pop(x=1), lambda: [].pop(index=1), lambda: range(3).index(value=1), lambda: range(3).count(value=1),
    lambda: set().add(x=1), lambda: {1}.discard(x=1), lambda: {1}.remove(x=1), lambda: [].remove(x=1),
    lambda: [].extend(x=1), lambda: [].reverse(x=1), lambda: (1,).count(value=1), lambda: slice(1).indices(len=1),
    lambda: (x for x in []).send(value=1), lambda: (x for x in []).throw(typ=1), lambda: Exception().add_note(note="x"),
    lambda: {}.get(1, 2, 3), lambda: {}.pop(), lambda: [].index(), lambda: [].insert(1), lambda: set().union(),
]
for t in tests2:
    try:
        t()
        print("ok")
    except TypeError as e:
        print(e)
import random
for f in [lambda: random.randrange(1, foo=2), lambda: random.sample([1], k=1, foo=2), lambda: random.choices([1], foo=2),
          lambda: b'a'.decode(foo=1), lambda: 'a'.encode(encoding='utf-8', errors='strict', x=1), lambda: frozenset().union(x=1),
          lambda: __import__("math").isclose(1, 2, foo=3)]:
    try:
        f()
    except TypeError as e:
        print(e)
