# Products of one-digit ints beyond 2**53 (two digits from 32-bit halves: vm/eval.ts BINARY_OP,
# int.ts intMulSmallWide and intBinaryFast) and % by a power of two of a big int (its low bits).
vals = [0, 1, -1, 2, 3, 94906265, 94906266, -94906266, 134217728, 2**29, -2**29, 2**30-1, -2**30, 1103515245, -1103515245, 2147483647 >> 1, 999999999, -999999999]
acc = []
for a in vals:
    for b in vals:
        p = a * b
        q = a
        q *= b
        acc.append((p, q == p, p % 1000003, type(p).__name__))
print(acc[:5], acc[-5:])
print(sum(p for p, _, _, _ in acc), all(e for _, e, _, _ in acc), sum(m for _, _, m, _ in acc))
state = 42
out = []
for i in range(2000):
    state = (state * 1103515245 + 12345) % 2147483648
    out.append(state)
print(out[-3:], sum(out))
print((2**30-1) * (2**30-1), -(2**30) * -(2**30), -(2**30) * (2**30-1), 2**30 * 2**29)
big = [2**30, -2**30-1, 2**31, 2**32-1, -(2**32-1), 2**32, 3*2**31+7, 2**40, -2**52, 2**53-1]
res = []
for a in big + vals:
    for b in big + vals:
        res.append(a * b)
print(sum(res), res[:7], res[-7:], max(res), min(res))
mods = [2, 4, 1024, 2**16, 2**30, 2**31, 2**32 - 1, 2**31 + 1, 3, 10, 1000003]
res = []
for a in big + vals + [2**64 + 5, -(2**64) - 5, 2**70 + 2**31, -(2**70) - 1]:
    for m in mods:
        res.append((a * 12345) % m)
        res.append((-a * 12345) % m)
print(sum(res), res[:12], res[-12:])
