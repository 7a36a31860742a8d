# gilvm-nogil: --workers 2
# random.randrange / randint with float arguments, as 3.11's random.py takes them: int(x) with
# a DeprecationWarning at the caller's line (once per line; none for randint, whose
# warning names random.py), ValueError for a non-integral float, inf/nan errors.
import random
random.seed(3)
for args in [(1.5,), (3.0,), (1, 7.0), (1, 7.5), (0, 10, 2.0), (0, 10, 2.5), (float('inf'),), (float('nan'),), (5, None), (2.0, 2.0)]:
    try: print(args, random.randrange(*args))
    except Exception as e: print(args, type(e).__name__, e)
for args in [(1.0, 3.0), (1.5, 3), (1, 2.5), (3, 1)]:
    try: print(args, random.randint(*args))
    except Exception as e: print(args, type(e).__name__, e)
try: random.randrange(5, step=2)
except TypeError as e: print(e)
try: random.randrange(3.0)
except Exception as e: print(e)
