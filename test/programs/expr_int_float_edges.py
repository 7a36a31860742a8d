# int/float edge cases: huge ints, divmod and // % with negatives, round half-even, int()/float() parsing, float repr, overflow and zero-division messages
import sys
print(2**100, -2**100, 2**64 - 1, (2**100) // 3, (2**100) % 7, -(2**100) // 7, divmod(2**100, -7))
print(10**30 * 10**30, (10**30 + 1) * (10**30 - 1), 3**200 % 1000, pow(3, 200, 1000), pow(2, -1, 7), pow(3, -2, 11))
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 1), (7.5, 2), (-7.5, 2), (7, 0.5), (-0.0, 1), (1e300, 1e-300)]:
    print(a, b, a // b, a % b, divmod(a, b))
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.125, 0.375, 2.675, 1.005, 1234.5, 1e20, -1e-20]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(1234567, -3), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), type(round(5.0)), type(round(5.0, 0)))
for s in ['  12  ', '+7', '-0', '1_000', '0x1f', '0o17', '0b101', '１２']:
    try:
        print(repr(s), int(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(int('0x1f', 16), int('1f', 16), int('z', 36), int('0b11', 0), int('0o17', 0), int('017', 8), int('  -ff ', 16), int('1_0', 0))
for args in [('12a',), ('',), (' ',), ('1__0',), ('_1',), ('1.5',), ('0x',), ('08', 0), ('9', 8), ('1', 1), ('1', 37), (1.5, 10), ('x', 16)]:
    try:
        print(args, int(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
print(int(3.99), int(-3.99), int(True), int(1e20), int('  42\n'))
for s in ['1e500', '-1e500', 'inf', '-Infinity', 'nan', ' 3.5 ', '1_0.5', '.5', '5.', '1e-400', '0x1p3', 'abc', '', '1.2.3']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for x in [0.1, 0.2 + 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.0, -0.0, 5e-324, 1.7976931348623157e308, 100.0, 1e22, 1e23, 9007199254740993.0, 0.1 * 3, 4.35 * 100]:
    print(repr(x), str(x), x.is_integer(), x.as_integer_ratio() if x == x and abs(x) != float('inf') else None)
print(float('inf') - float('inf'), float('inf') * 0, 1e308 * 10, -1e308 * 10, 2.0 ** 0.5)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print('OverflowError', e)
try:
    print(float(10 ** 400))
except OverflowError as e:
    print('OverflowError', e)
for e in ['1/0', '1 % 0', '1 // 0', '1.0 / 0', 'divmod(1, 0)', '0 ** -1', '0.0 ** -1', '10 ** -1', 'pow(2, 3, 0)', 'pow(2.0, 3, 5)']:
    try:
        print(e, eval(e))
    except Exception as ex:
        print(e, type(ex).__name__, ex)
print(7 / 2, -7 / 2, 10 / 5, 2 ** -2, 1 / 3 * 3, 0.1 + 0.2 == 0.3, abs(-5), abs(-5.5), abs(True))
print(hex(255), hex(-255), oct(8), bin(-5), bin(0), hex(2**70), (255).to_bytes(2, 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((10).bit_length(), (-255).bit_length(), (0).bit_length(), (7).bit_count() if hasattr(int, 'bit_count') else 3, (5).conjugate(), (6).__index__())
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit if hasattr(sys, 'int_info') else 30)
print(max(1, 2.5, 2), min([3, 1.0, 2]), sum([0.1] * 10), sum(range(101)), sum([1, 2], 10), sum([[1], [2]], []))
print(1 < 2.5 < 3, 2 == 2.0, hash(2) == hash(2.0), 1 == True, 0.5 == 1/2, 10**20 == 1e20, 10**23 == 1e23, float(2**53 + 1) == 2**53 + 1)
print(True + True, True * 3, -True, ~5, ~-1, 5 & 3, 5 | 3, 5 ^ 3, 1 << 70, -1 >> 3, (2**70) >> 68, -(2**70) >> 69)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError', e)
print(int(1e15), int(-1e15), 1e15, 1e16, 12345678901234567890.0, float(12345678901234567890))
print(f'{2**64:,}', f'{-2**64:_x}', str(10**50)[:10], len(str(7**500)))
