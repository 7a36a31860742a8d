# List/set/dict comprehensions and generator expressions: nested for, if, own scope.
squares = [x * x for x in range(8)]
evens = [x for x in range(20) if x % 2 == 0 if x % 3 != 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
flat = [v for row in matrix for v in row if v % 2]
print(squares, evens, pairs, matrix, flat, sep="\n")
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
words = ["apple", "bob", "kayak", "tree", "level", "bob"]
print(sorted({w for w in words if w == w[::-1]}))
print({w: len(w) for w in words})
print({k: v for k, v in zip("abc", range(3)) if v})
print(sorted({len(w) for w in words}), {x % 3 for x in range(10)})
gen = (x ** 2 for x in range(5))
print(type(gen).__name__, next(gen), list(gen), list(gen))
print(sum(x for x in range(101)), max(len(w) for w in words))
print(list((i, c) for i, c in enumerate("hey") if c != "e"))
x = "outer x"
result = [x for x in range(3)]
print(x, result)              # the comprehension variable does not leak
i = 100
print([i for _ in range(2)], [[i for i in range(2)] for _ in range(2)], i)


class Scope:
    factor = 10
    # class variables are not visible inside the comprehension body, only the
    # outermost iterable is evaluated in the class scope
    values = [factor * 1 for _ in range(1)] if False else None
    firsts = [n for n in range(factor) if n < 3]


print(Scope.firsts)
try:
    class Broken:
        factor = 2
        doubled = [factor * n for n in range(3)]
except NameError as e:
    print(type(e).__name__, e)


def make():
    base = 5
    return [lambda: base + k for k in range(3)]


print([f() for f in make()])
print([[y for y in range(x)] for x in range(4)])
print({(a, b): a * b for a in range(1, 3) for b in range(1, 3)})
nested_gen = (a + b for a in "xy" for b in "12")
print(list(nested_gen))
print([c.upper() for c in "hello" if c not in "aeiou"])
lazy = (1 / d for d in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    (1 for q in 5)
except TypeError as e:
    print(type(e).__name__, e)
print([n for n in range(30) if all(n % d for d in range(2, n)) and n > 1])
