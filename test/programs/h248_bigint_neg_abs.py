# Unary minus and abs() of big ints (heap digits copied under the new sign): values at the
# tagged-int boundary, int subclasses, bools, and a loop of negations of a large value.
class I(int):
    pass


vals = [2**30 - 1, 2**30, 2**30 + 1, -(2**30), -(2**30) - 1, 2**31, -(2**31), 2**53, -(2**53),
        2**64, -(2**64) + 1, 3**500, -(7**300), True, False, I(5), I(-(2**80))]
for v in vals:
    n, a = -v, abs(v)
    print(type(n).__name__, type(a).__name__, n == 0 - v, a == (v if v >= 0 else -v), str(n)[:25], str(a)[-10:])
x = 3**2000
s = 0
for i in range(2000):
    x = -x
    s += x.bit_length() + (1 if x < 0 else 0)
print(s, x > 0, abs(-x) == x, -(-x) is not x)
print(-(2**30) == -1073741824, abs(-(2**30)), -(-(2**30)), ~(2**70), -abs(-(2**70)))
