def f():
    x = 1
    class C:
        y = x
        def m(self):
            return x
    return C
def g(a, *args, k, **kw):
    def h():
        return a, args, k, kw
    return h
def gen_expr_closure(n):
    return (i * n for i in range(n))
def nested_comp_closure(xs):
    return [[x * y for y in xs] for x in xs]
def try_finally_return_value():
    try:
        return compute()
    finally:
        x = 1
def return_in_with_in_try():
    try:
        with a:
            return b()
    except E:
        return None
    finally:
        c()
def for_in_with():
    with a as f:
        for line in f:
            if line:
                break
        else:
            return 1
x = a[1:2] + a[:] + a[::]
y = f(*args, *more, k=v, **kw1, **kw2)
z = [*a, *b]
q = {**a, **b}
w = (*a,)
del a[1:2]
a[1:2] = b
