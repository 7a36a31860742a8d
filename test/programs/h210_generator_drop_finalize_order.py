# gilvm-nogil:
# A suspended generator dropped without close(): its loop's iterator is finalized when the
# GeneratorExit pops it, before the generator's own finally / with exit runs (CPython's
# recursive deallocation), also along a chain of 900 such generators dropped at once.
import sys
count = 0
def wrap(g, i):
    global count
    try:
        for x in g:
            yield x
    finally:
        count += 1
def base():
    try:
        yield 1
        yield 2
    finally:
        print("base fin")
g = base()
for i in range(900):
    g = wrap(g, i)
print(next(g))
del g
print("count", count)
def inner():
    try:
        yield 1
    finally:
        print('inner fin')
def outer():
    try:
        for x in inner():
            yield x
    finally:
        print('outer fin')
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit"); return False
def outer2():
    with CM():
        for x in inner():
            yield x
for v in outer():
    break
for v in outer2():
    break
g = outer2(); next(g); g = None
print('end')
