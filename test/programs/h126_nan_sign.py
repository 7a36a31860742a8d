# gilvm-nogil:
# A NaN's sign bit, as math.copysign reads it: float('-nan') sets it (parsed as a positive
# NaN before), negation flips it, abs clears it; copysign saw every NaN as positive
import math
nan = float("nan")
cases = [("float('nan')", nan), ("float('-nan')", float("-nan")), ("float(' -NaN ')", float(" -NaN ")),
         ("float('+nan')", float("+nan")), ("-nan", -nan), ("-float('-nan')", -float("-nan")),
         ("math.nan", math.nan), ("-math.nan", -math.nan), ("abs(float('-nan'))", abs(float("-nan"))),
         ("float('-nan') * 1", float("-nan") * 1)]
for text, v in cases:
    print(f"{text:<22} {v!r:>4} {math.copysign(1, v):+.1f} {math.copysign(2.5, v)}")
print([math.copysign(1, x) for x in (0.0, -0.0, 3, -3, math.inf, -math.inf)])
print(float("-nan"), f"{float('-nan')}", f"{float('-nan'):+}", "%f" % float("-nan"), str([float("-nan")]))
