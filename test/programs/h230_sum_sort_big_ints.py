# sum() and sorted() of ints past the small ints (exact below 2**53 as numbers; beyond, and mixed with floats, as Python compares and adds)
big = [2**40 + i for i in range(10000)]
print(sum(big), sum(big, 5), sum([2**51, 2**51, 2**51, -2**52]), sum([2**52, 2**52, 1]), sum([2**53 + 1, 1]), sum([-2**60, 2**60, 3]))
print(sum([1, 2**45, 2.5]), sum([2**45, 1.0]), sum([True, 2**40]), sum([2**40, True]))
class I(int): pass
print(sum([2**40, I(2**40)]), type(sum([I(5), 2**40])))
print(sum(x * 2**31 for x in range(100)), sum(range(2**31, 2**31 + 100)))
import random
random.seed(5)
xs = [random.randrange(-2**60, 2**60) for _ in range(500)] + [random.randrange(-2**40, 2**40) for _ in range(500)] + [0.5, -1e18, 2.0**53, 2**53, 2**53 + 1, 9007199254740993, float(2**53)]
ys = sorted(xs)
print(ys[:3], ys[-3:], ys == sorted(xs, key=lambda v: v), sorted([2**40, 2**40 - 1, 1.5, 2**41])[:4])
print(sorted([2**53 + 1, float(2**53), 2**53]), sorted([2**40 + 1, 2**40 + 0.5, 2**40]))
big = [2**40 + (i * 7919) % 10000 for i in range(10000)]
print(sorted(big)[:3], min(big), max(big), sorted(big, reverse=True)[:2])
