# l[a:b] = values moves the list's tail once, in place (objects/seqops.ts listSetItem):
# every bound and size of the new items, assigning a list to a slice of itself, __del__
# order of the replaced items, and 1000 assignments into a long list (2 s before).
import time
cases = [(None, None), (2, 5), (5, 2), (0, 0), (12, 12), (-3, None), (3, 100), (-100, 2)]
for vals in ([], [9], [7, 8, 9], list('abcdefghij'), 'xy', range(3)):
    for a, b in cases:
        l = list(range(10))
        l[a:b] = vals
        print(a, b, l)
l = list(range(5)); l[1:3] = l; print(l)
l = list(range(5)); l[:] = l[::-1]; print(l)
l = list(range(5)); l[2:2] = l; print(l)
try:
    l[1:2] = 5
except TypeError as e:
    print('TypeError', e)
class D:
    def __init__(self, i): self.i = i
    def __del__(self): print('del', self.i)
k = [D(i) for i in range(4)]
k[1:3] = [D(9)]
print([d.i for d in k])
t = time.perf_counter()
big = list(range(100000))
for i in range(1000):
    big[i:i + 10] = [0] * 5
print(len(big), big[:12], time.perf_counter() - t < 5)
del k[:]
print('end')
