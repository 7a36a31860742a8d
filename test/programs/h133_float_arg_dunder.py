# gilvm-nogil:
# math functions' float arguments are PyFloat_AsDouble: __float__ must return a float (an int or
# other object is a TypeError naming the type, it was converted), else __index__ through
# PyNumber_Index; a float/int subclass returned is a DeprecationWarning (math, complex(), hex, [])
import math
class F:
    def __float__(self): return 1
class G:
    def __float__(self): return "x"
class H:
    def __index__(self): return 2.5
class J:
    def __index__(self): return 4
class K:
    def __float__(self): return 2.0
    def __index__(self): return 3
class L:
    def __float__(self): return K()
for fn in (math.sqrt, math.floor, math.isfinite, math.exp, math.fabs, math.log, math.sin, lambda v: math.pow(v, 2), lambda v: math.atan2(v, 1), lambda v: math.ldexp(v, 1),
           lambda v: math.copysign(1, v), lambda v: math.isclose(v, 1), math.degrees, lambda v: math.hypot(v, 0), lambda v: math.fsum([v]), lambda v: math.dist([v], [0]), complex, float):
    for v in (F(), G(), H(), J(), K(), L()):
        try:
            print(repr(fn(v)), end=" ")
        except Exception as e:
            print(type(e).__name__ + ":" + str(e), end=" ")
    print()
class FS(float): pass
class F2:
    def __float__(self): return FS(2.5)
print(float(F2()))
class I2:
    def __int__(self): return True
print(int(I2()))
class X:
    def __index__(self): return True
print(hex(X()), [1, 2][X()])
import math
print(math.floor(F2()))
print(round(5, True), complex(F2()))
