# gilvm-nogil:
# float(str): plain decimal text takes builtins.ts's PLAIN_FLOAT_TEXT fast path, the rest
# numparse.ts parseFloat (spaces, underscores, non-ASCII digits, inf/nan, errors)
for t in ['1.5', '-0', '+.5', '5.', '1e308', '1e309', '-1e-400', '0.1', '1_000.5', ' 2.5 ', 'inf', '-NaN', '1.7976931348623157e308', '2.2250738585072011e-308', '4.9e-324', '123456789012345678901234567890', '.', 'e5', '1e', '--1', '١٢٣.٥', '0x10', '1.5\n', '00012.50']:
    try: print(repr(t), repr(float(t)))
    except ValueError as e: print(repr(t), e)
