# Pairs of instructions the VM runs in one dispatch (superinstructions: LOAD_FAST pairs,
# LOAD_FAST + LOAD_CONST, STORE_FAST + LOAD_FAST, STORE_FAST pairs, LOAD_CONST +
# LOAD_FAST): values, swaps, jumps that land on the second instruction of a pair, and
# errors raised by the second half, reported at its line as CPython does.
import sys


def swaps(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a, b


def chained(x, y, z):
    total = x + y + z
    diff = x - 1
    prod = 2 * y
    return total, diff, prod, x < y < z


def branchy(n):
    out = []
    i = 0
    while i < n:
        if i % 3:
            j = i
        else:
            j = -i
        out.append(j)
        i = i + 1
    return out


def second_half_unbound(flag):
    if flag:
        late = 1
    first = 10
    return first + late


def first_half_unbound(flag):
    if flag:
        early = 1
    return early + 1


print(swaps(30))
print(chained(1, 2, 3), chained(3, 2, 1))
print(branchy(10))
print(second_half_unbound(True), first_half_unbound(True))
for f in (second_half_unbound, first_half_unbound):
    try:
        f(False)
    except UnboundLocalError as e:
        tb = e.__traceback__
        while tb.tb_next is not None:
            tb = tb.tb_next
        print(type(e).__name__, e, "line", tb.tb_lineno)
k = 5
print(k, k + 1, 2 - k)
sys.setrecursionlimit(100)


def deep(n):
    m = n
    return deep(m - 1) if m else 0


try:
    deep(1000)
except RecursionError as e:
    print("RecursionError", e)
second_half_unbound(False)
