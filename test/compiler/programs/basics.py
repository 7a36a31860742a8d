x = 1
y = x + 2 * -3
def f(a, b=2, *args, c, d=4, **kw):
    z = a + b
    if z > 3 and a < b:
        return z
    elif not a:
        z = [1, 2, 3]
    else:
        z = {a: b, 'k': 1}
    while z:
        z -= 1
        if z == 5:
            break
    for i in range(10):
        print(i, end='')
    return a if b else c
print(f(1, c=3))
