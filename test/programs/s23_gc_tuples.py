# The cycle collector untracks tuples of atoms (CPython's _PyTuple_MaybeUntrack) and paces
# its automatic collections by their cost: cycles through tuples are still found, a
# recycled enumerate/zip/items result tuple is tracked again when it holds a container,
# and big heaps of atoms do not make building containers slow.
import gc

t = tuple([1, 'a', 2.5, None])
print(gc.is_tracked(t), gc.is_tracked([]), gc.is_tracked(()))
gc.collect()
print('atoms after a collection:', gc.is_tracked(t))
u = tuple([1, [2]])
gc.collect()
print('holding a list:', gc.is_tracked(u))

# a cycle through a tuple
lst = []
tup = (lst, 1)
lst.append(tup)
del lst, tup
print('tuple-list cycle:', gc.collect())

# the recycled result tuple
for make in (lambda: enumerate([1, [None]]), lambda: zip([0, 1], [7, [None]]),
             lambda: iter({0: 1, 1: [None]}.items())):
    it = make()
    first = next(it)
    del first
    gc.collect()
    second = next(it)
    second[1][0] = second
    del second, it
    print('recycled result tuple in a cycle:', gc.collect())

# nested tuples of atoms
nested = tuple(tuple([i, str(i)]) for i in range(5))
gc.collect()
print('nested:', all(not gc.is_tracked(x) for x in nested))

# many containers over a big heap of atoms: cycles made meanwhile are still collected
big = [float(i) for i in range(200000)]
class Node:
    def __init__(self):
        self.me = self
pairs = []
for i in range(60000):
    pairs.append((i, str(i)))
    if i % 1000 == 0:
        Node()
print(len(pairs), sum(p[0] for p in pairs), len(big))
print('leftover cycles collected:', gc.collect() >= 0)
