# Set displays of constants, set(s) and s.copy() print in CPython's order: CPython builds a
# display of constants from a frozenset constant (itself rebuilt from its iteration order)
# merged into a table presized for it, and set(s) presizes the same way.
print({100, 200, 300, 400, 500})
print({-1, -2, -3, 0, 5})
print({1000, 2000, 3000, 4000, 5000, 6000, 7000})
print({3, 1, 2}, {17, 33, 49, 65, 81, 97})
a = {100, 200, 300, 400, 500}
print(set(a), a.copy(), frozenset(a))
b = frozenset([64, 128, 256, 512, 1024, 2048])
print(b, set(b), {*b})
x = 100
print({x, 200, 300, 400, 500})
print(set([100, 200, 300, 400, 500]))
print({i * 100 for i in range(1, 6)})
print(sorted({100, 200, 300, 400, 500}) == sorted(a))
