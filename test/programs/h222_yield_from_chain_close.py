# A `yield from` chain ~900 deep closed at its release (each level closes its delegate first,
# as CPython's gen_close, without counting recursion levels), and a chain that caught its
# RecursionError and yields again
import sys
def gr(n):
    if n == 900:
        yield n
        return
    yield from gr(n + 1)
print(next(gr(0)))
def gr(n):
    try:
        yield from gr(n + 1)
    except RecursionError:
        pass
    yield n
print(next(gr(0)) > 900)
def deep(n, limit):
    if n == limit:
        yield 'bottom'
        return
    try:
        yield from deep(n + 1, limit)
    finally:
        if n % 200 == 0: print('closing', n)
g = deep(0, 900)
print(next(g))
g.close()
print('closed')
sys.setrecursionlimit(5000)
g = deep(0, 4000)
print(next(g))
del g
print('done')
