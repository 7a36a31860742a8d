# Every numeric literal form of tier 1: decimal, hex, octal, binary, underscores,
# floats with exponents, and inf/nan through float().
decimal = 1234567890
hexa = 0xDEAD_beef
octal = 0o755
binary = 0b1010_1010
big = 1_000_000_000_000_000_000_000
print(decimal, hexa, octal, binary, big)
print(0X1F, 0O17, 0B11, 00, 0_0)
print(1_2_3, 0x_ff, 0o_7, 0b_1)

floats = [3.14, 10., .5, 1e10, 1E-5, 2.5e+3, 1_000.000_1, 0e0, 6.02e23, 1.5e-300]
for f in floats:
    print(repr(f), type(f).__name__)

print(float("inf"), float("-inf"), float("nan"))
print(float("  1.5  "), float("1e3"), float("-0"), float("+2.25"))
print(float("Infinity"), float("-iNF"), float("NaN") != float("nan"))
print(int("  42 "), int("-0x1f", 16), int("0b101", 0), int("777", 8), int("z", 36))
print(int("1_000"), int(3.99), int(-3.99), int(True))

# Arithmetic on the literals
print(0xff + 0o10 + 0b1, 1e2 + 1, 7 / 2, 7 // 2, 2 ** 100)
print(hex(hexa), oct(octal), bin(binary))
print(1_0.5_0, 1e1_0)
x = 5
print(x.bit_length(), (255).bit_length(), (-1).bit_length())
print(10 .real, 3.5.is_integer(), 4.0.is_integer())
