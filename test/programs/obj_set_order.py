# gilvm-nogil: --workers 2
# sets of numbers iterate in CPython's hash-table order
print({3, 1, 2}, set([5, 4, 3]), {10, 100, 1000, 7})
s = {1, 2, 3, 5}
print(s - {1}, s | {100, 40}, s & {5, 3})
print({x % 7 for x in range(20, 0, -1)}, {-1, -2, 5}, {2**40, 3, 17, 33, 1}, {1.5, 0.5, 2.0})
a = set()
for i in [50, 3, 18, 7, 99, 1024, 0, 5, 64, 33, 8, 16]:
    a.add(i)
print(a)
print(list(a), frozenset([9, 1, 8]), sorted(a) == sorted(list(a)))
a.discard(7)
a.add(200)
print(a)
print(set(range(30, 0, -2)), {(1, 2), (0, 1), (5, 5)}, {True, 0, 2})
b = {7, 3}
b.update([9, 1, 30])
print(b, tuple(b), [x for x in b], *b)
print({i * 37 % 101 for i in range(40)})
evens = {n for n in range(20) if n % 2 == 0}
threes = {n for n in range(20) if n % 3 == 0}
print(evens & threes, evens - threes, threes - evens, max(evens), min(threes))
nums = [5, 3, 9, 3, 1, 5, 7]
print(set(nums), len(set(nums)), frozenset(nums))
seen = set()
for n in [42, 17, 8, 99, 17, 23]:
    if n in seen:
        print("dup", n)
    seen.add(n)
print(seen)
