# gilvm-nogil:
# Storing and deleting a function's special attributes as CPython 3.11: __closure__,
# __globals__ and __builtins__ are read-only; __name__/__qualname__ must stay strings;
# deleting __defaults__/__kwdefaults__/__doc__/__module__/__annotations__ resets them;
# __code__ only takes a code object; __dict__ must be a dict and cannot be deleted
import builtins

def mk():
    v = 1
    def f(a=1, *, b=2):
        "doc"
        return v
    return f

for attr in ['__closure__', '__globals__', '__builtins__', '__name__', '__qualname__', '__defaults__',
             '__kwdefaults__', '__doc__', '__module__', '__annotations__', '__code__', '__dict__']:
    f = mk()
    try:
        setattr(f, attr, None)
        print('set', attr, 'ok', repr(getattr(f, attr))[:20])
    except (TypeError, AttributeError) as e:
        print('set', attr, type(e).__name__, e)
    f = mk()
    try:
        delattr(f, attr)
        print('del', attr, 'ok', repr(getattr(f, attr))[:20])
    except (TypeError, AttributeError) as e:
        print('del', attr, type(e).__name__, e)

f = mk()
try:
    f.__code__ = 5
except TypeError as e:
    print(e)
print('__code__' in f.__dict__, '__closure__' in f.__dict__)
del f.__defaults__
try:
    f()
except TypeError as e:
    print(e)
print(mk().__builtins__ is builtins.__dict__, mk().__globals__ is globals())

def noann(x: int): pass
noann.__annotations__ = {'a': int}
print(noann.__annotations__)
del noann.__annotations__
print(noann.__annotations__)
noann.__annotations__ = None
print(noann.__annotations__)
try:
    del f.custom
except AttributeError as e:
    print(e)
f.custom = 1
del f.custom
print(hasattr(f, 'custom'))
