# f(*x): CPython's 'argument after * must be an iterable' only when x is not iterable; an error
# raised while iterating it propagates as it is
def g():
    yield 1
    raise TypeError("mid")
def f(*a): pass
try:
    f(*g())
except TypeError as e: print(e)
try:
    f(*5)
except TypeError as e: print(e)
class I:
    def __iter__(self): raise TypeError('inner')
try:
    print(*I())
except TypeError as e: print(e)
f(*g())
