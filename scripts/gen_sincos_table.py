"""Prints glibc's __sincostab (sysdeps/ieee754/dbl-64/sincostab.c, the IBM Accurate
Mathematical Library's table behind sin and cos) as TypeScript, from its definition, for
src/objects/libm.ts SINCOS_TAB: for k = 0..109, sin(k/128) and cos(k/128) each as a
double-double (the nearest double, then the nearest double to the rest):
  sn, ssn, cs, ccs
and __branred's TOVERP, the digits of 2/pi in base 2^24.
Run: python3 scripts/gen_sincos_table.py
"""
import decimal

decimal.getcontext().prec = 90
D = decimal.Decimal


def sin_cos(x):
    # Taylor series at 90 digits (x <= 0.86)
    s = c = D(0)
    term_s, term_c = x, D(1)
    n = 0
    while abs(term_s) > D(10) ** -88 or abs(term_c) > D(10) ** -88:
        s += term_s
        c += term_c
        term_s = -term_s * x * x / ((2 * n + 2) * (2 * n + 3))
        term_c = -term_c * x * x / ((2 * n + 1) * (2 * n + 2))
        n += 1
    return s, c


def split(v):
    hi = float(v)
    return hi, float(v - D(hi))


print('const SINCOS_TAB = new Float64Array([')
for k in range(110):
    s, c = sin_cos(D(k) / 128)
    sn, ssn = split(s)
    cs, ccs = split(c)
    print(f'  {sn!r}, {ssn!r}, {cs!r}, {ccs!r},')
print(']);')

# __branred's toverp (sysdeps/ieee754/dbl-64/branred.h): 2/pi in base 2^24, 75 digits,
# from pi by Machin's formula in 2,100-bit fixed point
P = 2100
ONE = 1 << P


def atan_inverse(n):
    total, term, k, sign = 0, ONE // n, 1, 1
    while term:
        total += sign * (term // k)
        term //= n * n
        k += 2
        sign = -sign
    return total


two_over_pi = (2 << (2 * P)) // (16 * atan_inverse(5) - 4 * atan_inverse(239))
digits = [(two_over_pi >> (P - 24 * (i + 1))) & 0xFFFFFF for i in range(75)]
print('const TOVERP = new Float64Array([')
for row in range(0, 75, 10):
    print('  ' + ', '.join(str(d) for d in digits[row:row + 10]) + ',')
print(']);')
