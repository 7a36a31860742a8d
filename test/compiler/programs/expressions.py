a = b + c * d - e / f // g % h ** i
a = b << c >> d & e | f ^ g
a = -b, +c, ~d, not e
a = b and c or d and not e
a = b if c else d if e else f
a = b < c <= d == e != f > g >= h
a = b is c, b is not c, b in c, b not in c
a = not (b is c)
a = (b := 10) + b
a = [1, 2, 3], [b, c], [*b, c], (*b, *c), [b, *c, d]
a = {1: 2, 'x': b}, {b: c}, {**b}, {**b, 'k': 1, **c}, {}
a = {b, c}, {*b}, {1, 2, 3}
a = b[1], b[1:2], b[::2], b[c:d:e], b[1, 2], b[:, 1]
a = b.c.d, b.c[d].e
a = lambda: 0
a = lambda x, y=1, *z, k, w=2, **kw: (x, y, z, k, w, kw)
a = ...
a = None, True, False, 1.5, 'str', b'bytes', 10**30
a = x if y else (z if w else v)
a = (x for x in y)
a = all(x > 0 for x in y)
