# Floats and function calls: the benchmarks-game spectral norm, with list-based vectors,
# a small helper function called in the inner loop, and math.sqrt.
import math

N = 190


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_a(u):
    n = len(u)
    return [sum(eval_a(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_at(u):
    n = len(u)
    return [sum(eval_a(j, i) * u[j] for j in range(n)) for i in range(n)]


def times_ata(u):
    return times_at(times_a(u))


u = [1.0] * N
v = u
for _ in range(10):
    v = times_ata(u)
    u = times_ata(v)
vbv = 0.0
vv = 0.0
for ue, ve in zip(u, v):
    vbv += ue * ve
    vv += ve * ve
print(f"{math.sqrt(vbv / vv):.9f}")
