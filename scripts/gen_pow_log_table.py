"""Prints the log table of glibc's pow (sysdeps/ieee754/dbl-64/e_pow.c, from ARM's
optimized-routines) as TypeScript, from the table's published definition, for
src/objects/libm.ts POW_LOG_TAB:

  pow's log_inline splits x = 2^k * z with z in [0x1.69555p-1, 0x1.69555p0), the index i
  being bits 45..51 of asuint64(x) - 0x3fe6955500000000. Subinterval i has the centre c0
  (the double halfway through its bit patterns), and
    invc     = 1/c = c0 < 1 ? round(N/c0)/N : round(2N/c0)/(2N)      (N = 128)
    logc     = round(2^43 * log(c)) / 2^43
    logctail = (double)(log(c) - logc)
Run: python3 scripts/gen_pow_log_table.py
"""
import decimal
import struct

decimal.getcontext().prec = 80
D = decimal.Decimal
N = 128
OFF = 0x3FE6955500000000


def as_double(bits):
    return struct.unpack('<d', struct.pack('<Q', bits & 0xFFFFFFFFFFFFFFFF))[0]


def round_half_even(d):
    return int(d.to_integral_value(rounding=decimal.ROUND_HALF_EVEN))


rows = []
for i in range(N):
    centre = as_double(OFF + (i << 45) + (1 << 44))
    if centre < 1:
        invc = D(round_half_even(D(N) / D(centre))) / N
    else:
        invc = D(round_half_even(D(2 * N) / D(centre))) / (2 * N)
    log_c = -invc.ln()
    logc = D(round_half_even(log_c * D(2) ** 43)) / D(2) ** 43
    tail = float(log_c - logc)
    rows.append((float(invc), float(logc), tail))
assert all(float(D(r[1])) == r[1] for r in rows)
print('const POW_LOG_TAB = new Float64Array([')
for invc, logc, tail in rows:
    print(f'  {invc!r}, {logc!r}, {tail!r},')
print(']);')
