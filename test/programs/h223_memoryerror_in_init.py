# gilvm: --max-heap 32m
# The heap runs out inside __init__ at every kind of point (the object, its dict, the list,
# the frame's locals kept for the traceback): always a MemoryError the program catches,
# never an internal error. CPython (no limit) fills nothing up here.
class P:
    def __init__(self, i, k):
        self.n = [i] * k
        self.k = k

for k in (1, 2, 3, 5, 8, 13, 21):
    a = []
    try:
        for i in range(300000):
            a.append(P(i, k))
    except MemoryError:
        pass
    print(k, len(a) > 100)
    a = None
