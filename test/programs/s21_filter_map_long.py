# gilvm: --max-heap 4M
# gilvm-nogil: --max-heap 4M
# filter() and map() calling a Python function for each of a million items, consumed by a
# for loop in one frame: each call's argument lives on the data stack only for the call
# (it once stayed there until the frame returned: 4 MB for this loop, a MemoryError in a
# 4 MB heap).
n = 0
for x in filter(lambda v: v & 1, range(1_000_000)):
    n += 1
print("odd", n)

total = 0
for y in map(lambda v: v % 7, range(1_000_000)):
    total += y
print("sum of residues", total)

pairs = 0
for p in map(lambda a, b: a < b, range(1000), range(1, 1001)):
    pairs += p
print("pairs", pairs)


def fails(v):
    if v == 3:
        raise ValueError("three")
    return v


try:
    print(list(map(fails, range(10))))
except ValueError as e:
    print("map raised", e)
print(list(filter(None, [0, 1, "", "a", None, 2])))
