# del l[a:b:c] removes the slice in one pass (objects/seqops.ts listDelItem; item by item it
# was O(k*n)): contents for every step and bound, __del__ order (last first, as CPython),
# and a list emptied 1000 items at a time.
import time
for step in (None, 1, 2, 3, -1, -2):
    for a, b in ((None, None), (2, 9), (-5, None), (None, 3), (7, 2), (9, 2)):
        l = list(range(12))
        try:
            del l[a:b:step]
        except ValueError as e:
            print('ValueError', e)
        print(step, a, b, l)
t = time.perf_counter()
l = list(range(200000))
while l:
    del l[:1000]
print(len(l), time.perf_counter() - t < 5)
class D:
    def __init__(self, i): self.i = i
    def __del__(self): print('del', self.i, len(lst))
lst = [D(i) for i in range(5)]
del lst[1:4]
print([d.i for d in lst])
del lst[:]
print("end")
