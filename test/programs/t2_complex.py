# gilvm-nogil:
# The built-in complex type: construction (numbers, strings, __complex__/__float__/
# __index__), repr/str, real/imag/conjugate, arithmetic with int/float/complex both ways,
# comparisons, hash, truth, containers, math refusing complex, and CPython's error messages.
import math

inf = float('inf')
nan = float('nan')


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '!!', type(e).__name__ + ':', e)


print('--- construction')
print(complex(), complex(1), complex(1, 2), complex(1.5, -2.25), complex(True, False))
print(complex(real=3, imag=4), complex(imag=2), complex(2, imag=-1))
print(complex(complex(1, 2)), complex(complex(1, 2), complex(3, 4)), complex(1, complex(0, 1)))
print(complex(complex(1, 2), 3), complex(2**53), complex(-7, 2**60))
for s in ['1+2j', ' (1-2.5j) ', '3', '-4.5', '2j', '-j', 'j', '+J', '1+j', '1-J', '1e5J', '.5j',
          '-.5-.5j', '1.j', 'infj', 'nan-infj', 'infinity+nanj', '-Infinity-INFj', '(1+2j) ',
          '( 1+2j )', '+1.5e-3-2E+2J', '1_0+2_0j', '\t1\n', '1e500', '-1e500j', '\u0661+\u0662j']:
    print(repr(s), '->', complex(s))
for s in ['abc', '', ' ', '1+2', '1 + 2j', '(1+2j', '1e', 'jj', '()', '1j+2', '0x1', '1+2j\x00',
          '1__0', '_1', '1_', '1_j', '1+2_j']:
    attempt('complex(%r)' % s, lambda: complex(s))
attempt('complex("1+2j", 1)', lambda: complex('1+2j', 1))
attempt('complex(1, "2")', lambda: complex(1, '2'))
attempt('complex([])', lambda: complex([]))
attempt('complex(None)', lambda: complex(None))
attempt('complex(b"1")', lambda: complex(b'1'))
attempt('complex(1, [])', lambda: complex(1, []))
attempt('complex(1, 2, 3)', lambda: complex(1, 2, 3))
attempt('complex(1, real=2)', lambda: complex(1, real=2))
attempt('complex(x=1)', lambda: complex(x=1))
attempt('complex(2**1024)', lambda: complex(2**1024))
attempt('complex(1, 2**1024)', lambda: complex(1, 2**1024))


class WithComplex:
    def __init__(self, v):
        self.v = v

    def __complex__(self):
        return complex(self.v, 1)


class BadComplex:
    def __complex__(self):
        return 5


class WithFloat:
    def __float__(self):
        return 2.5


class BadFloat:
    def __float__(self):
        return 'x'


class WithIndex:
    def __index__(self):
        return 7


print(complex(WithComplex(5)), complex(WithComplex(5), 2), complex(WithFloat()), complex(WithIndex()))
print(complex(WithIndex(), WithFloat()), complex(1.5, WithIndex()))
attempt('complex(BadComplex())', lambda: complex(BadComplex()))
attempt('complex(BadFloat())', lambda: complex(BadFloat()))
attempt('complex(1, BadFloat())', lambda: complex(1, BadFloat()))
attempt('complex(2, WithComplex(1))', lambda: complex(2, WithComplex(1)))
print(list(map(complex, [1, 2.5, '3+4j', True])))

print('--- repr and str')
for z in [complex(1, 2), complex(0, 2), complex(-0.0, -1), complex(nan, inf), complex(0, 1e20),
          complex(1, -nan), complex(-nan, 0), complex(0.0, 0.0), complex(-0.0, 0.0), complex(0, -0.0),
          complex(1.5, -0.0), complex(1e-300, 1e300), complex(1e16, 1e16), complex(1e-5, 1e-7),
          complex(123456789012345678, 0.1), complex(1.0000000000000002, 3.141592653589793),
          complex(-1.5e-310, 2.2250738585072014e-308), complex(-inf, -inf), complex(-0.0, nan),
          complex(0.1, 0.2), complex(1e15, -1e-15), complex(-2.5, 0)]:
    print(repr(z), str(z), z)
print([complex(1, 2), complex(0, -1)], (complex(3),), {'k': complex(0, 0)})
print('%s %r' % (complex(1, 2), complex(0, -3)), '{} {!r}'.format(complex(1, 2), complex(-1, 0)))
attempt("'%f' % complex(1, 2)", lambda: '%f' % complex(1, 2))
attempt("'%d' % complex(1, 2)", lambda: '%d' % complex(1, 2))

print('--- attributes and methods')
z = complex(3, -4)
print(z.real, z.imag, type(z.real).__name__, z.conjugate(), z.__complex__(), z.__getnewargs__())
print(complex(0, 0).conjugate(), complex(1, -0.0).conjugate(), complex.conjugate(z))
print(type(z).__name__, type(z) is complex, isinstance(z, complex), isinstance(1, complex),
      isinstance(1.0, complex), issubclass(bool, complex), complex.__name__, complex.__mro__)
attempt('z.foo', lambda: z.foo)
attempt('setattr(z, "real", 1)', lambda: setattr(z, 'real', 1))
attempt('delattr(z, "imag")', lambda: delattr(z, 'imag'))
attempt('setattr(z, "foo", 1)', lambda: setattr(z, 'foo', 1))
attempt('z.conjugate(1)', lambda: z.conjugate(1))

print('--- arithmetic')
a, b = complex(1, 2), complex(3, -4)
print(a + b, a - b, a * b, a / b, b / a, a ** 2, a ** -2, a ** 0, b ** 3)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, a ** 2, 2 ** complex(2, 0))
print(a + 2.5, 2.5 + a, a - 0.5, 0.5 - a, a * 1.5, 1.5 * a, a / 0.5, 0.5 / a)
print(a + True, True * a, a * False, 2**53 + complex(0, 1), complex(1, 1) * 2**70)
print(-a, +a, -complex(0, 0), +complex(-0.0, -0.0), -complex(nan, -inf))
print(abs(complex(3, 4)), abs(complex(-5, 12)), abs(complex(0, -2)), abs(complex(1, 1)),
      abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)), abs(complex(3e-320, 4e-320)),
      abs(complex(1e308, 1e308)), abs(complex(0.3, 0.4)), abs(complex(1e-200, 1e-200)))
print(complex(4, 2) / complex(1, 1), complex(4, 2) / complex(0, 2), complex(1, 1) / complex(1e-320, 0),
      complex(1e300, 1e300) / complex(1e-300, 1e-300), complex(1, 2) / complex(inf, nan))
print(complex(1, inf) * 2.0, complex(1e300, 0) * complex(1e300, 0), complex(1e308, 1e308) * 2)
print(complex(0, 1) ** 2, complex(2, 0) ** 2, 0 ** complex(0, 0), complex(0, 0) ** 0,
      complex(0, 0) ** 2, complex(0, 0) ** 0.5, complex(0, 0) ** complex(1, 0))
print(complex(1, 2) ** -2, complex(3, 4) ** 100, complex(1, 1) ** -100, complex(2, 1) ** 50)
print(complex(1e200, 1e200) ** 2, complex(nan, 0) ** 2, complex(0.5, 0) ** inf, complex(1, 2) ** nan)
print(complex(-1, 0) ** 0.5, complex(0, 4) ** 0.5, complex(4, 0) ** 0.5, 2 ** complex(0, 0))
x = complex(1, 1)
x += 1
x *= complex(0, 1)
x -= 0.5
x /= 2
x **= 2
print(x)
print(sum([complex(1, 2), 3, 2.5]), sum([1, 2], complex(0, 1)), sum(complex(i, -i) for i in range(5)))
print(pow(complex(1, 2), 2), pow(2, complex(0, 0)), pow(complex(1, 1), 3, None))
attempt('complex(1, 2) / 0', lambda: complex(1, 2) / 0)
attempt('complex(1, 2) / complex(0, 0)', lambda: complex(1, 2) / complex(0, 0))
attempt('1 / complex(0)', lambda: 1 / complex(0))
attempt('1.5 / complex(0, 0)', lambda: 1.5 / complex(0, 0))
attempt('complex(0) ** -1', lambda: complex(0) ** -1)
attempt('complex(0) ** complex(0, 1)', lambda: complex(0) ** complex(0, 1))
attempt('complex(0) ** -1.5', lambda: complex(0) ** -1.5)
attempt('complex(1e-200, 0) ** -2', lambda: complex(1e-200, 0) ** -2)
attempt('complex(1, 2) ** inf', lambda: complex(1, 2) ** inf)
attempt('complex(1e200, 0) ** 2', lambda: complex(1e200, 0) ** 2)
attempt('complex(10, 10) ** 1000', lambda: complex(10, 10) ** 1000)
attempt('complex(inf, 0) ** 0.5', lambda: complex(inf, 0) ** 0.5)
attempt('complex(1, 1) ** 1e300', lambda: complex(1, 1) ** 1e300)
attempt('abs(complex(1.7e308, 1.7e308))', lambda: abs(complex(1.7e308, 1.7e308)))
attempt('complex(1, 2) + 2**1024', lambda: complex(1, 2) + 2**1024)
attempt('2**1024 * complex(1, 2)', lambda: 2**1024 * complex(1, 2))
attempt('1 // complex(1, 2)', lambda: 1 // complex(1, 2))
attempt('complex(1, 2) // 1', lambda: complex(1, 2) // 1)
attempt('complex(1, 2) % 2', lambda: complex(1, 2) % 2)
attempt('2.5 % complex(1, 2)', lambda: 2.5 % complex(1, 2))
attempt('divmod(complex(1, 2), 2)', lambda: divmod(complex(1, 2), 2))
attempt('divmod(2, complex(1, 2))', lambda: divmod(2, complex(1, 2)))
attempt('complex(1, 2) & 1', lambda: complex(1, 2) & 1)
attempt('complex(1, 2) << 1', lambda: complex(1, 2) << 1)
attempt('~complex(1)', lambda: ~complex(1))
attempt("complex(1) + 'a'", lambda: complex(1) + 'a')
attempt("'a' + complex(1)", lambda: 'a' + complex(1))
attempt("'a' * complex(1)", lambda: 'a' * complex(1))
attempt('[1] * complex(1)', lambda: [1] * complex(1))
attempt('complex(1) * [1]', lambda: complex(1) * [1])
attempt('complex(1) + None', lambda: complex(1) + None)
attempt('pow(complex(1, 2), 2, 3)', lambda: pow(complex(1, 2), 2, 3))
attempt('pow(2, complex(1, 2), 3)', lambda: pow(2, complex(1, 2), 3))
attempt('pow(2, 3, complex(1, 2))', lambda: pow(2, 3, complex(1, 2)))
attempt('round(complex(1, 2))', lambda: round(complex(1, 2)))
attempt('int(complex(1, 2))', lambda: int(complex(1, 2)))
attempt('float(complex(1, 2))', lambda: float(complex(1, 2)))
z = complex(1, 2)
attempt('z += "s"', lambda: z.__iadd__('s'))

print('--- comparison')
print(complex(1, 2) == complex(1, 2), complex(1, 2) != complex(1, 2), complex(1, 2) == complex(1, -2))
print(complex(1, 0) == 1, 1 == complex(1, 0), complex(1, 0) == 1.0, 1.0 == complex(1, 0), complex(1, 0) == True)
print(complex(1, 2) == 1, complex(1, 2) != 1, complex(1, 0) != 1.0, complex(0, 0) == 0, complex(-0.0, 0) == 0)
print(complex(2**63, 0) == 2**63, complex(2.0**80) == 2**80, complex(2.0**80) == 2**80 + 1, complex(2**53 + 1, 0) == 2**53 + 1)
print(complex(nan, 0) == complex(nan, 0), complex(nan, 0) != complex(nan, 0), complex(1, 2) == 'a', complex(1, 2) == None)
print(complex(1, 2) in [complex(1, 2)], [complex(1, 2)].index(complex(1, 2)), complex(3, 0) in range(5), 2 in [complex(2, 0)])
for op in ['<', '<=', '>', '>=']:
    attempt('complex(1) %s 1' % op, lambda: eval('complex(1) %s 1' % op))
attempt('1 >= complex(1)', lambda: 1 >= complex(1))
attempt('1.5 < complex(1)', lambda: 1.5 < complex(1))
attempt('complex(1) < complex(2)', lambda: complex(1) < complex(2))
attempt('sorted([complex(2), complex(1)])', lambda: sorted([complex(2), complex(1)]))
attempt('max(complex(1), complex(2))', lambda: max(complex(1), complex(2)))

print('--- hash, truth, containers')
print(hash(complex(1, 0)) == hash(1), hash(complex(2.5, 0)) == hash(2.5), hash(complex(-1, 0)), hash(complex(0, -1)))
print(hash(complex(1, 2)), hash(complex(1.5, 2.5)), hash(complex(inf, 1)), hash(complex(1e300, 1e300)), hash(complex(0, 0)))
print(hash(complex(-3, 7)), hash(complex(2**40, -2**40)), hash(complex(0.1, -0.1)))
print(bool(complex(0, 0)), bool(complex(0, -0.0)), bool(complex(0, 1)), bool(complex(1, 0)), bool(complex(nan, 0)))
print('yes' if complex(0, 1) else 'no', 'yes' if complex() else 'no', not complex(0, 0))
d = {complex(1, 0): 'one', complex(0, 1): 'i'}
print(d[1], d[1.0], d[complex(0, 1)], complex(1, 0) in d, 1 in d, 2 in d)
d[1] = 'int one'
print(d)
print({complex(1, 0), 1, 1.0}, len({complex(1, 2), complex(1, 2), complex(2, 1)}))
print(sorted({complex(3, 0), complex(1, 0), complex(2, 0)}, key=lambda c: c.real))
print(sorted([complex(1, 2), complex(-1, 0), complex(0, 5)], key=abs))
print(math.isclose(abs(complex(1, 1)), math.sqrt(2)), math.hypot(3, 4) == abs(complex(3, 4)))
for f in [math.sqrt, math.floor, math.isnan, math.exp]:
    attempt('math.%s(complex(1, 2))' % f.__name__, lambda: f(complex(1, 2)))
