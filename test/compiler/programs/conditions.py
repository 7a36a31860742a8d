if f(x):
    pass
if a.b:
    pass
if x + 1:
    pass
if (y := 3):
    pass
if x is None:
    pass
if x is not None:
    pass
if not (x < 3):
    pass
if x or (y and z):
    pass
if 1 < x < 3:
    pass
if not x:
    pass
if a and b and c:
    pass
if a or b or c:
    pass
a = b and c and d
a = b or c and d
while True:
    if x:
        break
while 0:
    pass
if x if y else z:
    pass
def f(a, b):
    if a < b or b < 0:
        return 1
    return 0
