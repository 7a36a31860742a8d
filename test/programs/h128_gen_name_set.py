# gilvm-nogil:
# A generator's or coroutine's __name__/__qualname__ can be set (a str; the repr shows the
# qualname), as CPython's gen_set_name; its gi_*/cr_* attributes are read-only with
# CPython's messages (gilvm: 'no attribute', for __name__ too)
def sub():
    yield 1
def g():
    yield from sub()
x = g()
print(x.gi_suspended, x.gi_running, x.gi_yieldfrom)
next(x)
print(x.gi_suspended, type(x.gi_yieldfrom).__name__, x.gi_yieldfrom.gi_suspended)
list(x)
print(x.gi_suspended, x.gi_frame)
try:
    x.gi_running = True
except AttributeError as e:
    print(e)
try:
    x.gi_frame = None
except AttributeError as e:
    print(e)
x.__name__ = 'renamed'
print(x.__name__, repr(x).split(' at ')[0])
x.__qualname__ = 'Q.renamed'
print(x.__qualname__, repr(x).split(' at ')[0])
try:
    x.__name__ = 5
except TypeError as e:
    print(e)
try:
    x.foo = 1
except AttributeError as e:
    print(e)
try:
    del x.__name__
except TypeError as e:
    print(e)
print(hasattr(x, '__dict__'))
y = sub()
y.__name__ = 'a' + str(len('xy'))
y.__name__ = 'b' + str(len('xy'))
y.__qualname__ = 'q' + str(1)
print(y.__name__, y.__qualname__, next(y))
del y
async def co(): pass
c = co()
c.__qualname__ = 'CQ'
print(c.__qualname__, repr(c).split(' at ')[0])
x2 = g()
for a2 in ['gi_code', 'gi_running', 'gi_suspended', 'gi_frame', 'gi_yieldfrom']:
    try:
        setattr(x2, a2, 1)
    except AttributeError as e:
        print(e)
for attr in ['cr_running', 'cr_frame', 'cr_code', 'cr_await', 'cr_suspended']:
    try:
        setattr(c, attr, 1)
    except AttributeError as e:
        print(e)
c.close()
