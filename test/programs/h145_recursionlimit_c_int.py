# gilvm-nogil:
# sys.setrecursionlimit takes a C int: beyond it OverflowError (it was stored and every
# later call failed with a RecursionError whose str() failed too)
import sys
for v in [2**40, 2**31, -2**40, -2**31 - 1, -2**31, 0, 2**31 - 1, 2**31 - 2, 10**6]:
    try:
        sys.setrecursionlimit(v)
        print(v, 'ok', sys.getrecursionlimit())
    except Exception as e:
        print(v, type(e).__name__, e)
    sys.setrecursionlimit(1000)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500), sys.getrecursionlimit())
