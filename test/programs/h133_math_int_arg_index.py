# gilvm-nogil:
# math's integer arguments go through PyNumber_Index: a bool from __index__ is a
# DeprecationWarning (once per line), a float the '__index__ returned non-int' TypeError
import math
class X:
    def __index__(self): return True
class Y:
    def __index__(self): return 1.5
for f in (math.gcd, math.factorial, math.isqrt, lambda v: math.comb(v, 1), lambda v: math.perm(3, v), lambda v: math.lcm(v, 4)):
    for v in (X(), Y()):
        try: print(f(v))
        except Exception as e: print(type(e).__name__, e)
