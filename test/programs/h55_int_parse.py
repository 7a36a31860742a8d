# int(str) of short decimals (modules/builtins.ts shortDecimal) and everything that takes the full parser.
for t in ["0", "-0", "+5", " 12 ", "\t-123\n", "007", "123456789012345", "1234567890123456", "-999999999999999", "1_000", "١٢٣", "\u200312", "12\u3000", "", " ", "-", "+", "1 2", "12a", "0x10", "٣", "  +0  ", "-00"]:
    try: print(repr(t), int(t))
    except ValueError as e: print(repr(t), "ValueError", e)
print(int("10", 16), int("077", 8), int("0b11", 0), int(" 42 ", base=10))
