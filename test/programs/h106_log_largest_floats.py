# math.log and its kin at the largest doubles (log2 of them rounds to 1024, whose power of
# two is infinite) and at the smallest, checked to the last bit with float.hex()
import math
import sys
big = [sys.float_info.max, 1.7976931348623155e308, 2.0 ** 1023, 1.5 * 2.0 ** 1023, 1e308]
small = [5e-324, sys.float_info.min, 1e-310]
for x in big + small:
    print(x, math.log(x).hex(), math.log10(x).hex(), math.log2(x).hex(), math.log1p(x).hex())
print(math.log(sys.float_info.max, 2), math.log(sys.float_info.max, 10))
