# gilvm-nogil:
# a number directly followed by a keyword (and else for if in is not or) is a tokenizer
# SyntaxWarning in CPython 3.11 ('invalid decimal literal', 'invalid hexadecimal literal',
# ...), printed with its source line before the program runs; the program still runs
x = 1if True else 2
ys = [0x1for _ in range(2)]
print(x, ys, 0o7or 1, 0b1and 2, 1.5if x else 0)
print(1e3in [1000.0], 3not in [1, 2])
