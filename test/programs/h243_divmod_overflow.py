# divmod() of a float and an int too large for a float converts the int first:
# OverflowError, even when the float is zero (was ZeroDivisionError)
cases = ['divmod(10**400, 0.0)', 'divmod(0.0, 10**400)', 'divmod(10**400, 2.0)',
         'divmod(1, 0.0)', 'divmod(True, 0.0)', 'divmod(-7, 2.0)', 'divmod(2**1023, 0.0)',
         '(10**400) % 0.0', '(10**400) // 0.0']
for e in cases:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
