# Ranges whose bounds are beyond small ints (2**30): indexing, slicing, membership, len.
print(range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20))
r = range(10**20, 10**20 + 6, 2)
print(r, list(r), len(r), r[1], r[-1], r[::-1], r.start, r.stop, r.step)
print(10**20 + 2 in r, 10**20+1 in r, r.index(10**20+4), r.count(10**20))
print(range(2**30 - 2, 2**30 + 2)[3], list(range(2**30 - 2, 2**30 + 2)))
print(range(0, 10**20) == range(0, 10**20), range(5) == range(0, 5, 1), bool(range(10**20, 10**20)))
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
print(list(reversed(range(10**20, 10**20+3))))
print(sum(range(2**31, 2**31 + 10)))
