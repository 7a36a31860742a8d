x = 10 ** 5000
try: print(len(str(x)))
except ValueError as e: print(e)
try: print(f"{x}"[:5])
except ValueError as e: print(e)
print(len(hex(x)), x.bit_length(), x % 97, (x // 3) % 1000)
import math
print(math.factorial(30), math.isqrt(10**40), math.gcd(2**100, 6**50), str(2**4000)[:10], len(repr(3**8000)))
