# Recursive calls: naive Fibonacci. Measures call/return, argument passing and
# small-int arithmetic. Scale with N (each +1 multiplies the work by ~1.6).
N = 29


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_kw(n, *, base=2):
    if n < base:
        return n
    return fib_kw(n - 1, base=base) + fib_kw(n - 2, base=base)


total = 0
for k in range(N - 3, N + 1):
    total += fib(k)
total += fib_kw(N - 4)
print("fib checksum:", total)
