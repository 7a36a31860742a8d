# gilvm-nogil:
# Lib/random.py details: Random(...)'s argument errors come from Random.__init__;
# shuffle of an immutable sequence draws once before its item assignment fails (later
# numbers unchanged); expovariate's lambd is required in 3.11; sample's k as a float or
# another non-int goes through `0 <= k <= n` and then `[None] * k`
import random

def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)

attempt('Random(1, 2)', lambda: random.Random(1, 2))
attempt('Random(1, 2, 3)', lambda: random.Random(1, 2, 3))
attempt('Random(y=1)', lambda: random.Random(y=1))
attempt('Random(1, x=2)', lambda: random.Random(1, x=2))
attempt('Random(x=1)', lambda: random.Random(x=1).random())

class Sub(random.Random):
    def __new__(cls, *args):
        return super().__new__(cls)

attempt('Sub(1, 2, 3)', lambda: Sub(1, 2, 3))
attempt('Sub(4)', lambda: Sub(4).random())

random.seed(10)
attempt('shuffle str', lambda: random.shuffle('abcdef'))
attempt('shuffle tuple', lambda: random.shuffle((1, 2, 3)))
print(random.random(), random.randrange(1000))
items = list(range(10))
random.shuffle(items)
print(items)

attempt('expovariate()', lambda: random.expovariate())
attempt('expovariate(2)', lambda: random.expovariate(2))

population = list(range(10))
attempt('sample k=3.0', lambda: random.sample(population, 3.0))
attempt('sample k=len/2', lambda: random.sample(population, len(population) / 2))
attempt('sample k=20.0', lambda: random.sample(population, 20.0))
attempt('sample k=-1.0', lambda: random.sample(population, -1.0))
attempt('sample k="3"', lambda: random.sample(population, '3'))
attempt('sample k=None', lambda: random.sample(population, None))
attempt('sample k=True', lambda: random.sample(population, True))
attempt('sample counts k=2.0', lambda: random.sample('ab', 2.0, counts=[2, 2]))
print(random.sample(population, 3))
