# gilvm-nogil:
# Threads that import a built-in module for the first time at once (--no-gil threads really
# do, in parallel): one module for everyone, and the copies that lost leak nothing
# (run under --check-refs: two first `import random` left 29 objects behind)
import threading
import sys

found = {}
lock = threading.Lock()

def worker(i):
    import random
    import math
    import time
    import os
    import gc
    rng = random.Random(i)
    with lock:
        found[i] = (random, math, time, os, gc, rng.randint(1, 100), math.isqrt(i * 100))

ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for i in sorted(found):
    mods = found[i][:5]
    print(i, [m.__name__ for m in mods], all(m is sys.modules[m.__name__] for m in mods), found[i][5:])
print(len({id(found[i][0]) for i in found}))
import random
random.seed(5)
print(random.random(), random.randrange(10), random is found[0][0])
