# gilvm-nogil:
# dict view isdisjoint, object.__eq__/__ne__/__str__/__repr__ and BaseException.with_traceback
# check their argument count (they used to read past the arguments) and with_traceback its type
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: {1: 2}.keys().isdisjoint())
t(lambda: {1: 2}.items().isdisjoint([1], [2]))
t(lambda: {1: 2}.keys().isdisjoint(x=1))
t(lambda: object().__eq__())
t(lambda: object().__ne__())
t(lambda: object().__eq__(1, 2))
t(lambda: object().__str__(1))
t(lambda: object().__repr__(1))
t(lambda: ValueError().with_traceback())
t(lambda: ValueError().with_traceback(1))
t(lambda: ValueError().with_traceback(None, None))
import sys
try:
    1 / 0
except ZeroDivisionError:
    tb = sys.exc_info()[2]
e = ValueError('v').with_traceback(tb)
print(e.__traceback__ is tb, ValueError().with_traceback(None).__traceback__)
print({1: 2}.keys().isdisjoint([3]), {1: 2}.items().isdisjoint({(1, 2)}), object().__eq__(1))
