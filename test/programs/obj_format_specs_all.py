# format specs of every kind (fill, align, sign, #, 0, width, grouping, precision, types) via format(), str.format, f-strings and %; format-string parse errors
# format specs of every kind, through format(), str.format, f-strings and %
vals = [0, 7, -7, 42, 255, -255, 123456789, 2**70, True]
specs = ['', 'd', '5d', '<5d', '>5d', '^5d', '*^7d', '+d', ' d', '-d', '05d', '+08d', ',d', '_d', '_x', '_b', 'b', '#b',
         'o', '#o', 'x', '#x', 'X', '#X', '#010x', 'c', 'n', '=+8d', '0=8d', '>+10,d', 'e', '.2e', 'f', '.3f', '%', '.1%', 'g', 'G']
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(f'{type(e).__name__}:{e}')
    print(v, row)
fvals = [0.0, -0.0, 1.5, -2.25, 3.14159265358979, 1e-7, 123456.789, 1e16, 1.5e300, float('inf'), float('-inf'), float('nan'), 0.1 + 0.2, 2.5, 1/3]
fspecs = ['', 'f', '.0f', '.1f', '.10f', 'e', '.0e', 'E', '.3E', 'g', '.3g', '.10g', 'G', '%', '.0%', '10.2f', '<10.2f', '^12.3e', '+.2f', ' .2f',
          '010.3f', ',.2f', '_.2f', '#.0f', '#g', '#.3g', 'n', '.2n', 'r' if False else '.5', '=+12.4f', 'x' if False else '*>12g']
for v in fvals:
    row = []
    for s in fspecs:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append(f'ValueError:{e}')
    print(repr(v), row)
for s in ['', '10', '<10', '>10', '^10', '*^11', '.3', '10.3', '^9.2', '-<8']:
    print(repr(format('hello', s)), repr(f'{"py":{s}}'))
for bad in [('abc', 'd'), (1.5, 'd'), (5, 's'), ('x', '+'), (3, '.2'), (5, 'z'), ('a', '=5'), (2.0, 'c'), (-1, 'c'), (0x110000, 'c'), (1, ',_'), (1, '_,'), ('s', ',')]:
    try:
        print(format(*bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print('%s|%r|%a|%d|%i|%u|%o|%x|%X|%e|%E|%f|%F|%g|%G|%c|%%' % ('s', 's', 'é', 42, 42, 42, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1e-5, 1e-5, 65))
print('%5s|%-5s|%05d|%+d|% d|%#o|%#x|%#X|%.2f|%10.3e|%-10.1f|%c' % ('a', 'b', 42, 42, 42, 8, 255, 255, 3.14159, 12345.678, 2.5, 'z'))
print('%(name)s is %(age)d years, %(age)05.1f' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (5, 42, 5, 42, 2, 3.14159))
print('%s %s' % ((1, 2), [3]))
print('%s' % (1,), '%s' % [1, 2], '%r' % 'x', '%d%%' % 50)
for bad in [('%d', 'x'), ('%s %s', (1,)), ('%s', (1, 2)), ('%z', 1), ('%(a)s', (1,)), ('%c', 'ab'), ('%d', 1.5), ('%x', 1.5)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print('{} {} {}'.format(1, 'a', 2.5), '{0}{1}{0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0!r:>10}|{0!s:<6}|{1:{2}}|{1:{w}.{p}f}'.format('hi', 3.14159, 8, w=10, p=3))
print('{:,}'.format(1234567), '{:_}'.format(1234567), '{:,.2f}'.format(1234567.891), '{:>{}}'.format('x', 4))
print('{0[0]} {0[1]} {1[k]} {2.real}'.format([5, 6], {'k': 'v'}, 3))
print('{{}} {{{}}}'.format(7))
for bad in ['{', '}', '{0', '{:d}', '{0}{}', '{}{0}', '{x}', '{0[}', '{!}', '{0!z}']:
    try:
        print(bad.format('a'))
    except (ValueError, KeyError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
name, n, x = 'Bob', 5, 2.0 / 3
print(f'{name!r:>8} {n:03} {x:.3} {x:10.4f}| {n=} {x = :.2f} {name.upper()=}')
print(f'{n:{"<" if n > 3 else ">"}{n}}|', f'{"nested":{"^"}{12}}|', f'{3.5!s:>6}', f'{[1,2]!a}')
print(f'{1234.5:,}', f'{-1234.5:_}', f'{12:b}', f'{0.000123:.2e}', f'{10**20:e}', f'{1e22:f}')
print(f'{255:#_x}', f'{-42:#o}', f'{42:=^+9}', f'{3:*<4}{4:*>4}')
print(f'{"é"!a}', '{!a}'.format('ü€😀'), '%a' % 'ñ', ascii('😀'))
print('{0:{1}{2}}'.format(3.14159, '>', 10))
print('{:{}}'.format('x', 5), '{0:{fill}^{w}}'.format('m', fill='*', w=7))
for bad in ['{', '}', '{0', '{:d}', '{0}{}', '{}{0}', '{x}', '{0[}', '{!}', '{0!z}', '{0!}', '{0!rr}', 'a{0[0]x}', '{0.}', '{0[]}', '{.x}', '{0]}', 'x}y', '{:', '{!r', '{0!r:', '{a.b.}']:
    try:
        print(repr(bad), bad.format('a'))
    except (ValueError, KeyError, IndexError, TypeError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
