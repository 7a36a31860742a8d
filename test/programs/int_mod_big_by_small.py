# Big ints modulo a divisor below 2**32 (the digit-by-digit fast path of int %), against
# CPython: signs, exact multiples, one- to many-digit dividends, in-place %=, and the
# linear congruential generator shape that made it worth a fast path.
divisors = [1, 2, 3, 7, 10, 65535, 65536, 65537, 2**31 - 1, 2**31, 2**32 - 5, 2**32 - 1]
dividends = [2**53, 2**53 + 1, 2**64 - 1, 2**64, 3**40, 10**30 + 7, 2**100 + 12345, 7**80]
for a in dividends:
    for sign in (1, -1):
        x = sign * a
        print(x % 97, [x % m for m in divisors])
for m in divisors:
    print(m, (m * 2**70) % m, (-m * 2**70) % m, (m * 2**70 + 1) % m)

# the same through the in-place form, and beside the paths it must not change
x = 2**90 + 5
x %= 2**31
print(x, (2**90) % (2**32), (2**90) % (2**32 + 1), (2**90) % -7, (-(2**90)) % -7, (2**90) % 2**40)

state = 12345
total = 0
for i in range(2000):
    state = (state * 1103515245 + 12345) % 2147483648
    total += state % 1000
print(state, total)

try:
    (2**80) % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(True % 1, (2**80) % True if False else "ok")
