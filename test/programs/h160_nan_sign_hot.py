# gilvm-nogil:
# A NaN's sign bit read by math.copysign in a hot loop: once the JIT had optimised
# copysign, every NaN read as positive (its sign went through an array literal)
import math
nan = float("nan")
values = [-nan, nan, float("-nan"), -float("-nan"), -math.inf * 0, math.inf * 0, -1.0, 0.0, -0.0]
counts = {}
for i in range(60000):
    for v in values:
        key = math.copysign(2.5, v)
        counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
print([math.copysign(1, v) for v in values])
