x = y = z = 1
a, b = 1, 2
a, b = b, a
[a, (b, c)] = x
a, *b = x
*a, b, c = x
a.b = c
a[b] = c
a.b.c, d[e] = 1, 2
x += 1
x -= y
x *= 2; x /= 3; x //= 4; x %= 5; x **= 6; x <<= 7; x >>= 8; x &= 9; x |= 10; x ^= 11
a.b += 1
a[b] *= 2
x: int
y: int = 3
a.b: int
a[1]: int = 2
(p): int = 1
del x
del a.b, a[1], (c, d)
if x:
    pass
elif y:
    pass
else:
    pass
while x:
    x -= 1
else:
    y = 2
for i in range(3):
    if i:
        continue
    break
else:
    z = 3
for a, b in items:
    pass
for i in (1, 2, 3):
    pass
global_thing = 1
def f():
    global global_thing
    global_thing = 2
    x: int = 1
    y: list
    del global_thing
