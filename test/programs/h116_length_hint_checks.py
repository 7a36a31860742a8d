# gilvm-nogil:
# operator.length_hint checks __length_hint__'s result as PyObject_LengthHint does: a
# negative value is a ValueError, a non-int a TypeError, a TypeError from the call gives
# the default; len() is asked first and its TypeError falls through to the hint
import operator
class Neg:
    def __length_hint__(self): return -1
class Flt:
    def __length_hint__(self): return 1.5
class Raises:
    def __length_hint__(self): raise TypeError('no hint')
class RaisesOther:
    def __length_hint__(self): raise KeyError('other')
class NI:
    def __length_hint__(self): return NotImplemented
class LenFails:
    def __len__(self): raise TypeError('len fails')
    def __length_hint__(self): return 4
class Good:
    def __length_hint__(self): return True
print(operator.length_hint(Raises()), operator.length_hint(Raises(), 7), operator.length_hint(NI(), 3))
print(operator.length_hint(LenFails()), operator.length_hint(Good()), operator.length_hint([1, 2]), operator.length_hint(iter(range(5))))
for obj in [Neg(), Flt(), RaisesOther()]:
    try:
        print(operator.length_hint(obj))
    except Exception as e:
        print(type(e).__name__, e)
try:
    operator.length_hint([], 'x')
except TypeError as e:
    print(type(e).__name__, e)
