# gilvm-nogil:
# format() / str.format / f-string specs for complex (formatter_unicode.c's
# format_complex_internal): parentheses only without a type, the imaginary part always
# signed, padding and alignment of the whole, and the errors of CPython 3.11.
inf = float('inf')
nan = float('nan')

values = [complex(1, 2), complex(0, 2), complex(-0.0, 2), complex(1.5, -2.5), complex(0, -2.5),
          complex(1234.5, -6789.25), complex(3e20, 4e-20), complex(-0.0, -0.0), complex(nan, inf),
          complex(1.2345, 6.789), complex(-0.0001, -0.0), complex(0.0, 0.0), complex(1e16, 1)]
specs = ['', '.2f', '10.3g', '^20', '<12', '>14', '*^17.1f', 'e', 'E', 'g', 'G', 'n', 'F', '+', ' ', '-',
         '+.1e', ' g', '#', '#.0f', '#.0e', '#g', '.0', '.3', '.10', ',', '_', ',.2f', '_.2f', ',g',
         'z', 'z.2f', 'z.1f', '>+12.1f', '\U0001F600^14', 'x<16', '20.3e', '.0f', '.17g']
for v in values:
    print(repr(v))
    for s in specs:
        print('   %-8r %r' % (s, format(v, s)))

z = complex(1.25, -2.35)
w = 12
print(f'{z}', f'{z!r:>14}', f'{z:.1f}', f'{z:{w}.2e}', f'[{z:<{w}}]', f'{z!s:^16}|', f'{z=}')
print('{:.1f} and {:+g} and {!r:>10}'.format(complex(1.25, 2.35), complex(-1, 0), complex(0, 1)))
print('{0.real} {0.imag} {0:.3}'.format(complex(2, 3)))
print(complex(1, 2).__format__(''), complex(1, 2).__format__('.1f'), format(complex(1, 2)))

for s in ['=20', '020', '0<10', 'd', '%', 'r', 'b', 'x', 's', 'c', ',d', ',n', '_n', '.2%', 'xx', '.f',
          ',_', '10.2z', '#x']:
    try:
        print(repr(s), '->', repr(format(complex(1, 2), s)))
    except Exception as e:
        print(repr(s), '!!', type(e).__name__ + ':', e)
try:
    print(f'{complex(1, 2):=^10}')
except ValueError as e:
    print('f-string !!', e)
