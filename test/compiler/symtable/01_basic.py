import os.path as p, sys
from m import a, b as c
x = 1
y: int = 2
z: int
def f(a, /, b, c=1, *args, d, e=2, **kw):
    q = a + b + x
    del q
    return len(args)
for i in range(3):
    print(i)
