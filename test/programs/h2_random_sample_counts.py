# gilvm-nogil: --workers 2
# random.sample(population, k, counts=...): Lib/random.py's sampling of range(total) mapped
# back through the cumulative counts, with its errors.
import random
random.seed(11)
print(random.sample(['a', 'b'], counts=[2, 3], k=4))
print(random.sample('xyz', 5, counts=[1, 2, 3]))
print(random.sample(range(3), k=2, counts=[10**6, 1, 5]))
print(random.sample(['red', 'blue'], counts=[4, 2], k=6))
for bad in [dict(counts=[1]), dict(counts=[1.5, 2]), dict(counts=[0, 0]), dict(counts=[1, 1], k=3)]:
    try: print(random.sample(['p', 'q'], **{'k': 1, **bad}))
    except (TypeError, ValueError, IndexError) as e: print(type(e).__name__, e)
try: random.sample([], 0, counts=[])
except IndexError as e: print('IndexError', e)
print(random.sample(range(100), 3), random.random())
