# gilvm: --max-heap 48m
# gilvm-nogil: --workers 2 --max-heap 48m
# The automatic collection is paced by what the last one cost (the live heap walked and the
# survivors' references), never by the garbage's size: cyclic garbage with big payloads,
# ~70 MB of it beside a big live list, goes through a 48 MB heap without MemoryError.
import gc

big = [float(i) for i in range(300000)]
keep = []


class Pair:
    def __init__(self, i):
        self.items = [i] * 100
        self.other = {'back': self, 'pad': 'x' * 40}


made = 0
for i in range(100000):
    Pair(i)
    made += 1
    if i % 1000 == 0:
        keep.append((i, str(i)))
print(made, len(keep), len(big), sum(k for k, _ in keep))
print('collected at the end:', gc.collect() >= 0)
