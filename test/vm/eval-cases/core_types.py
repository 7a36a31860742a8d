print("hello", 1 + 2, 3.5 * 2, [1, 2, 3], (1,), {'a': 1}, {1, 2}, None, True)
x = 0
for i in range(10):
    x += i
print(x, 7 // 2, -7 // 2, 7 % -3, 2 ** 100, 10 / 4, 1e300 * 1e10, 2 ** 31 + 1, -(2 ** 40) // 3)
d = {'b': 2, 'a': 1}
d['c'] = 3
del d['b']
print(d, len(d), 'a' in d, d.get('z', 0), list(d.items()), sorted(d.values(), reverse=True))
l = [5, 3, 8]
l.append(1); l.sort(); l.insert(0, 9)
print(l, l[1:3], l[::-1], l.pop(), l, sum(l), max(l), min(l))
s = "a,b,,c"
print(s.split(","), "-".join(["x", "y"]), s.upper(), "  pad ".strip(), "%d-%s" % (5, "x"), "{} {:>5}".format(1, "r"), f"{3.14159:.2f}|{42:05d}|{'q'!r}")
a, *b = [1, 2, 3]
t = (1, 2) + (3,)
print(a, b, t, t[-1], t.index(2), (1, 2) < (1, 3), "abc"[1], "abc" * 2, [0] * 3)
print(1 == 1.0, 3 < 4 < 5, 0.1 + 0.2, repr('it\'s'), str(1.0), int("42"), float("2.5"), round(2.675, 2), abs(-3))
print(list(enumerate("ab")), list(zip([1, 2], "xy")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))
print({k: v for k, v in zip("abc", range(3))}, [x * x for x in range(5) if x % 2], {i % 3 for i in range(10)})
