# a program that prints numbers, then dies of an uncaught math domain error
import math
for x in [4, 2.25, 0, 1e-300, 1e300]:
    print(x, math.sqrt(x), math.log1p(x), f"{math.exp(-x):.6e}")
total = 0
for i in range(1, 6):
    total += math.factorial(i) / math.gamma(i)
    print(i, total, round(total, 2), "%08.3f" % total)
print(math.log(-1.5))
print("not reached")
