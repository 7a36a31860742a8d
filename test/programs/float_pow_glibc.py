# float ** float and math.pow/math.exp against glibc's pow and exp bit for bit: x ** 2 is
# not always x * x there (glibc's pow is not correctly rounded), results in exp's far range
# (below ~1e-222) take its special path. Prints a few results and a checksum of the reprs
# of many more (a digest that does not depend on str hashing).
import math
import random

random.seed(2024)


def digest(strings):
    h = 0
    for s in strings:
        for ch in s:
            h = (h * 131 + ord(ch)) % 2305843009213693951
    return h


x = -130.88926905132192
print(x ** 2, x * x, math.pow(x, 2))
print(2.0 ** 0.5, 10.0 ** -3, 7.5 ** 3.25, 1.0000001 ** 1e7)
print((1e-310) ** 0.5, 5e-324 ** 0.75, 1e300 ** -1.01)
print(math.exp(-549.8786220064751), math.exp(700.5), math.exp(-744.0))

squares, roots, general, far, exps = [], [], [], [], []
for i in range(3000):
    v = random.uniform(-200, 200)
    squares.append(repr(v ** 2))
    roots.append(repr(abs(v) ** 0.5))
    general.append(repr(abs(v) ** random.uniform(-5, 5)))
    big = random.uniform(0, 2) * 10.0 ** random.randint(-300, 300)
    try:
        far.append(repr(big ** random.uniform(-3, 3)))
    except OverflowError as e:
        far.append(str(e))
    exps.append(repr(math.exp(random.uniform(-745, 709))))
print(squares[:5], roots[:5])
for name, values in [('squares', squares), ('roots', roots), ('general', general), ('far', far), ('exp', exps)]:
    print(name, len(values), digest(values))
