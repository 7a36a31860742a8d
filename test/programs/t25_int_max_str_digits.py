# gilvm-nogil: --workers 2
# sys.get_int_max_str_digits / set_int_max_str_digits: the int <-> str digit limit (4300
# by default) for str(), f-strings and int(); 0 lifts it.
import sys, math
print(sys.get_int_max_str_digits())
for bad in (lambda: sys.set_int_max_str_digits(100), lambda: sys.set_int_max_str_digits("x"), lambda: sys.set_int_max_str_digits(), lambda: sys.set_int_max_str_digits(foo=1)):
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
sys.set_int_max_str_digits(maxdigits=5000)
print(sys.get_int_max_str_digits(), len(str(10**4500)), len(f"{10**4500}"), int("7" * 4900) % 10)
try: str(10**6000)
except ValueError as e: print(e)
try: int("1" * 6000)
except ValueError as e: print(e)
sys.set_int_max_str_digits(0)
print(len(str(math.factorial(3000))), sys.get_int_max_str_digits())
