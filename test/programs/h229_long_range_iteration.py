# Iterating ranges past the small ints (2**30 and beyond, up to and past 2**53)
for r in [range(2**30, 2**30 + 5), range(2**40, 2**40 - 10, -3), range(-2**31, -2**31 + 3), range(10**12, 10**12 + 7, 2), range(2**53 - 2, 2**53 + 3), range(2**60, 2**60 + 3), range(0, 2**31, 2**30 - 1), range(5, 2**31, -1)]:
    print(list(r), len(r), list(reversed(r))[:2])
it = iter(range(2**30, 2**30 + 3)); print(next(it), list(it), list(it))
print(sum(range(2**31, 2**31 + 1000)), max(range(10**15, 10**15 + 10)))
