# gilvm-nogil:
# The iterators of nested for loops are released from the innermost out when a frame is
# left: an exception leaving a function inside two loops over generators, and a generator
# suspended inside nested loops that is closed or dropped. Each generator's finally prints.
def gen(n):
    try:
        yield n
    finally:
        print('fin', n)


def f():
    for x in gen('a'):
        for y in gen('b'):
            for z in gen('c'):
                raise KeyError(z)


try:
    f()
except KeyError as e:
    print('caught', e)


def outer():
    for x in gen('a'):
        for y in gen('b'):
            yield x, y


o = outer()
print(next(o))
o.close()
print('--')
o = outer()
next(o)
del o
print('--')


def g2():
    for x in gen('p'):
        for y in gen('q'):
            return x + y


print(g2())
print('end')
