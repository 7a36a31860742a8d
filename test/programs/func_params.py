# def with every parameter kind: positional-only, defaults, *args, keyword-only,
# **kwargs; default evaluation time and the mutable default pitfall.
def full(a, b, /, c, d=4, *args, e, f=6, **kwargs):
    return (a, b, c, d, args, e, f, kwargs)


print(full(1, 2, 3, e=5))
print(full(1, 2, c=3, e=5, z=0))
print(full(1, 2, 3, 40, 50, 60, e=5, f=7, g=8))
print(full(1, 2, 3, e=5, a="a goes to kwargs"))
for bad in (lambda: full(1, 2), lambda: full(1, 2, 3), lambda: full(1, b=2, c=3, e=4),
            lambda: full(1, 2, 3, e=5, c=9)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)


def kw_only(*, key, flag=False):
    return key, flag


print(kw_only(key="k"))
try:
    kw_only("k")
except TypeError as e:
    print(type(e).__name__, e)


def append_to(item, bucket=[]):
    bucket.append(item)
    return bucket


print(append_to(1), append_to(2), append_to(3, []), append_to(4))


def append_safely(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket


print(append_safely(1), append_safely(2))
counter = 10


def snapshot(value=counter):
    return value


counter = 20
print(snapshot(), snapshot(30))
print(append_to.__defaults__, full.__defaults__, full.__kwdefaults__)
print(full.__name__, full.__qualname__, append_to.__qualname__)


def varargs(*args, **kwargs):
    return len(args), sorted(kwargs)


print(varargs(), varargs(1, 2, x=1, y=2), varargs(*range(5), **dict(a=1)))


def defaults_chain(a, b=None, c=[1]):
    return a, b, c


print(defaults_chain(0), defaults_chain(0, c=2))


def no_return():
    x = 1


def bare_return():
    return


print(no_return(), bare_return())


def many_returns(x):
    return x, x * 2, [x]


r1, r2, r3 = many_returns(3)
print(r1, r2, r3, many_returns(1))


def recursive_sum(values):
    if not values:
        return 0
    head, *tail = values
    return head + recursive_sum(tail)


print(recursive_sum(list(range(50))))
try:
    varargs(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
