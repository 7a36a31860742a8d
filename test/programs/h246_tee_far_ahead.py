# itertools.tee with one branch far ahead of the other (the whole run buffered for the
# slow one), copies of branches at different positions, values released as taken.
import itertools, copy

a, b = itertools.tee(range(200000))
print(sum(a), sum(b))
x, y, z = itertools.tee((i * i for i in range(1000)), 3)
for _ in range(700):
    next(x)
w = copy.copy(x)
print(next(x), next(w), next(y), list(z)[-3:])
print(sum(x), sum(w), sum(y))
p, q = itertools.tee(iter("abcdefgh"))
print("".join(p), "".join(q), list(p), list(q))
class Item:
    alive = 0
    def __init__(self):
        Item.alive += 1
    def __del__(self):
        Item.alive -= 1
def items(k):
    for _ in range(k):
        yield Item()
r, s = itertools.tee(items(500))
for _ in range(500):
    next(r)
print(Item.alive)
for _ in range(500):
    next(s)
del r, s
print(Item.alive)
