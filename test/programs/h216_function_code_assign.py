# Assigning a function's __code__ makes it run the new code (checked: a code object, and as
# many free variables as the function's closure has cells).
def f(): return 'f'
def g(): return 'g'
f.__code__ = g.__code__
print(f(), f.__code__ is g.__code__, f.__code__.co_name, '__code__' in f.__dict__)
def h(a, b=2): return a + b
def k(x, y): return x * y
h.__code__ = k.__code__
print(h(3), h(3, 4))
try:
    f.__code__ = 5
except TypeError as e: print(e)
def cl():
    z = 1
    def inner(): return z
    return inner
try:
    f.__code__ = cl().__code__
except ValueError as e: print(e)
