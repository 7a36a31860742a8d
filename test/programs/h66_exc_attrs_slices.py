# Exception attributes check their values' types (__cause__, __context__, __traceback__, args) and
# may not be deleted; a tuple subclass's full slice is a plain tuple; list() of a range too long
# for memory fails at once (OverflowError past sys.maxsize, MemoryError below).
e = ValueError('v')
for attr, val in [('__cause__', 'x'), ('__context__', 5), ('__traceback__', 5), ('args', None), ('__cause__', ValueError), ('__context__', 1.5)]:
    try:
        setattr(e, attr, val); print(attr, 'ok')
    except Exception as ex: print(type(ex).__name__, ex)
for attr in ['__cause__', '__context__', '__traceback__', 'args']:
    try:
        delattr(e, attr); print(attr, 'deleted', getattr(e, attr))
    except Exception as ex: print(type(ex).__name__, ex)
e.__cause__ = KeyError('k'); print(e.__suppress_context__, repr(e.__cause__))
e.__cause__ = None; e.__context__ = None; e.__traceback__ = None; print('ok', e.__cause__, e.__context__, e.args)
e.args = [1, 2]; print(e.args, e)
e.args = 'ab'; print(e.args)
try:
    raise KeyError('x')
except KeyError as k:
    e.__traceback__ = k.__traceback__
    e.__context__ = k
print(e.__traceback__ is not None, repr(e.__context__))
e.foo = 1; del e.foo
try:
    del e.foo
except AttributeError as ex: print(ex)
from collections import namedtuple
P = namedtuple('P', 'x y z')
p = P(1, 2, 3)
class T(tuple): pass
t = T((1, 2, 3))
for v in (p[:], p[0:2], p[::-1], t[:], t[1:], p + (4,), p * 2, t * 1, t + ()):
    print(type(v).__name__, v)
class L(list): pass
l = L([1, 2])
print(type(l[:]).__name__, type(l + [3]).__name__, type(l * 2).__name__)
class S(str): pass
s = S("abc")
print(type(s[:]).__name__, type(s + "").__name__, type(s * 1).__name__, type(s.strip()).__name__)
for make in (list, tuple, sorted):
    for n in (2**70, 2**40):
        try:
            make(range(n))
        except (OverflowError, MemoryError) as e:
            print(make.__name__, type(e).__name__, e)
print(len(list(range(5, 100, 3))), tuple(range(10**5))[-1], sorted(range(3, 0, -1)))
