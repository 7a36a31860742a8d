def gen_finally():
    try:
        yield 1
    finally:
        print('x')
def cell_param(a, b):
    def g():
        return a
    b = 2
    return g
def lambda_defaults(n):
    return lambda x=n, *, y=n: x + y
class Outer:
    class Inner:
        def method(self):
            pass
def global_class():
    global G
    class G:
        def m(self):
            pass
    def h():
        pass
    return h
big = {'a': 1, 'b': 2, 'c': 3, 'd': 4, 'e': 5, 'f': 6, 'g': 7, 'h': 8, 'i': 9, 'j': 10, 'k': 11, 'l': 12, 'm': 13, 'n': 14, 'o': 15, 'p': 16}
big2 = {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16}
lst = [a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, a, b, c, d, e]
s = 'abc' 'def'
def aug_in_loop(xs):
    total = 0
    for x in xs:
        total += x
    return total
def del_local():
    x = 1
    del x
def try_return_value():
    try:
        x = f()
    except:
        return None
    return x
def while_else(n):
    while n > 0:
        n -= 1
        if n == 3:
            continue
    else:
        return -1
def chained_assign():
    a = b = c = []
    return a, b, c
def star_target(xs):
    first, *rest = xs
    *init, last = xs
    a, (b, *c), d = xs
    return first, rest, init, last
def comp_in_class():
    class K:
        xs = [1, 2]
        ys = [x * 2 for x in xs]
    return K
async def agen():
    yield 1
def with_in_loop(items):
    for i in items:
        with i:
            if i:
                return i
def try_in_finally():
    try:
        a()
    finally:
        try:
            b()
        except E:
            pass
def subscript_aug(d, k):
    d[k] += 1
    d.attr -= 2
def conditional_import():
    if x:
        import a
    else:
        from b import c as a
    return a
x = not a
y = a is not None
z = None if a is None else a.b
