# for loops over every kind of iterable, with else/break/continue, nested loops and
# loop variables that survive the loop.
for ch in "abc":
    print(ch, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
print()
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end="; ")
print()
for item in (1, "two", 3.0):
    print(type(item).__name__, end=" ")
print()
for i, (a, b) in enumerate(zip("xyz", range(3)), start=1):
    print(i, a, b)
for n in [1, 3, 5]:
    if n % 2 == 0:
        print("found even")
        break
else:
    print("no even number")
for n in [1, 4, 5]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("not printed")
for n in range(8):
    if n % 3 == 0:
        continue
    print(n, end=" ")
print()
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print((i, j), end=" ")
    else:
        print("inner else", end=" ")
print()
for unused in []:
    print("never")
else:
    print("else after empty loop")
print("loop variable after loop:", i, j, n)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
print(items)
total = 0
for row in [[1, 2], [3], []]:
    for value in row:
        total += value
print(total)
for attempt in range(3):
    try:
        if attempt < 2:
            raise ValueError(attempt)
        print("succeeded on attempt", attempt)
        break
    except ValueError as e:
        print("failed attempt", e)
        continue
    finally:
        print("finally for attempt", attempt)
d = {"a": 1}
try:
    for key in d:
        d["b"] = 2
except RuntimeError as e:
    print(type(e).__name__, e)
for x, in [(1,), (2,)]:
    print("single-element unpack", x)
for d["slot"] in range(2):
    pass
print(d)
