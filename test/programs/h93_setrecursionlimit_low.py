# sys.setrecursionlimit below the current depth: CPython's RecursionError (the depth counts the
# Python frames and the call)
import sys
def f(n, lim):
    if n == 0:
        try:
            sys.setrecursionlimit(lim)
            print('ok', lim)
        except RecursionError as e:
            print(e)
        sys.setrecursionlimit(1000)
    else:
        f(n - 1, lim)
f(20, 5)
f(20, 22)
f(20, 23)
f(20, 24)
f(0, 2)
f(0, 3)
f(0, 4)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
try:
    sys.setrecursionlimit(2)
    print('ok2')
except RecursionError as e:
    print(e)
sys.setrecursionlimit(1000)
print(sorted([3, 1], key=lambda x: (sys.setrecursionlimit(50), x)[1]))
