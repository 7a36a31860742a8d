# Big ints floor-divided by a divisor below 2**32 (the long-division fast path of int //),
# against CPython: signs and flooring, exact multiples, quotients that shrink back to small
# ints or stay big, in-place //=, and digit sums of big numbers (the shape that uses it).
divisors = [2, 3, 7, 10, 65535, 65536, 65537, 2**31 - 1, 2**31, 2**32 - 5, 2**32 - 1]
dividends = [2**53, 2**53 + 1, 2**64 - 1, 2**64, 3**40, 10**30 + 7, 2**100 + 12345, 7**80]
for a in dividends:
    for sign in (1, -1):
        x = sign * a
        print([x // m for m in divisors])
        assert all((x // m) * m + x % m == x for m in divisors)
for m in divisors:
    print(m, (m * 2**70) // m, (-m * 2**70) // m, (m * 2**70 + 1) // m, (-m * 2**70 - 1) // m)
# quotients near the small-int and 2**53 edges
for k in (2**31, 2**33, 2**54, 2**62 + 3):
    print((k * 3) // 3, (-k * 3 + 1) // 3, (k * 2**30) // 2**30)

# 2**1000's digit sum, the in-place form, and the paths it must not change
n = 2**1000
digits = 0
while n:
    digits += n % 10
    n //= 10
print(digits)
x = -(2**90) - 5
x //= 7
print(x, (2**90) // (2**32), (2**90) // (2**32 + 1), (2**90) // -7, (-(2**90)) // -7, (2**90) // 1, (-(2**90)) // 1)
state = 987654321
ok = True
for i in range(3000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    m = state % 4294967295 + 1
    v = state * state * (-1 if state % 3 == 0 else 1)
    q = v // m
    ok = ok and q * m + v % m == v and 0 <= v % m < m
print(ok, q)
try:
    (2**80) // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
