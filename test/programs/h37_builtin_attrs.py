# Built-in functions and methods: __module__, __self__, __qualname__, __name__, __doc__'s
# presence, their reprs (addresses cut off), and the types CPython gives slot wrappers
# (wrapper_descriptor unbound, method-wrapper bound) next to method_descriptor and
# builtin_function_or_method.
import gc
import math
import sys
import time
import _thread
import threading


def short(v):
    if type(v) is type(sys):
        return "module " + v.__name__   # CPython's math is a file: its repr names the path
    r = repr(v)
    return r.split(" at 0x")[0].split(" from ")[0]


for f in [len, print, math.sqrt, math.gcd, sys.exit, time.monotonic, gc.collect,
          _thread.get_ident, threading.get_ident, [].append, {}.get, dict.fromkeys,
          int.from_bytes, "".join]:
    print(f.__name__, f.__qualname__, f.__module__, short(f.__self__), short(f), hasattr(f, "__doc__"))

print(len.__self__ is sys.modules["builtins"], math.sqrt.__self__ is math)
print(type(len.__self__).__name__, type(math.floor.__self__).__name__)
print(threading.get_ident is _thread.get_ident)

lst = [3, 1, 2]
m = lst.append
print(m.__self__ is lst, m.__module__, m.__name__)
m(4)
print(lst)

# slot wrappers
for v in [(1).__add__, [].__len__, object().__str__, "ab".__contains__, (2.5).__neg__]:
    print(type(v).__name__, v.__name__, v.__qualname__, short(v), type(v.__self__).__name__)
for v in [int.__add__, list.__len__, object.__init__, str.__lt__, dict.__setitem__]:
    print(type(v).__name__, v.__name__, v.__qualname__, v.__objclass__.__name__, repr(v))
for v in [list.append, str.join, dict.get, dict.__getitem__, list.__getitem__, dict.__contains__]:
    print(type(v).__name__, v.__name__, v.__qualname__, v.__objclass__.__name__, repr(v))
for v in [dict.fromkeys, len, [].append, math.sqrt]:
    print(type(v).__name__)

print((1).__add__(2), int.__add__(3, 4), [1, 2].__len__(), list.__len__([1]))
print(type((1).__add__) is type(object().__repr__), type(int.__add__) is type(object.__init__))
print(type(list.append) is type(str.join), type((1).__add__) is type(lst.append))


class C:
    def method(self):
        return 1


print(type(C().method).__name__, type(C.method).__name__)
print(short(C().__init__), type(C().__init__).__name__)
print(short(C().__str__), type(C().__eq__).__name__)


# the descriptor types' own __get__ (a slot wrapper): property, classmethod, staticmethod
class D:
    @property
    def p(self):
        return 1


def collect(*a):
    return a


cm, sm, prop = classmethod(collect), staticmethod(collect), D.__dict__["p"]
print(cm.__get__(None, D)(), cm.__get__(D())(), sm.__get__(1) is collect, sm.__get__(None, D) is collect)
print(prop.__get__(D()), prop.__get__(None, D) is prop, type(cm.__get__).__name__, type(staticmethod.__get__).__name__)
for d in (cm, sm, prop):
    for args in ((None,), (None, None)):
        try:
            d.__get__(*args)
        except TypeError as e:
            print(type(d).__name__, "TypeError:", e)

# method descriptors bind through __get__; the wrapper types' own slots accept them
print(list.append.__get__(None, list) is list.append, int.__add__.__get__(3)(4), type(int.__add__.__get__(3)).__name__, str.upper.__get__("ab")())
for bad in [(None,), (1,)]:
    try:
        list.append.__get__(*bad)
    except TypeError as e:
        print("TypeError:", e)
print((1).__add__.__repr__().split(" at ")[0], int.__add__.__repr__(), (1).__add__.__hash__() == hash((1).__add__))
print(type(int.__add__).__repr__(int.__add__), (1).__add__ == (1).__add__, (1).__add__ == (2).__add__)
for v in [(1).__add__, int.__add__, len, list.append]:
    print(type(v).__name__, [n for n in dir(v) if n not in dir(object)])
lst2 = []
print(hash(lst2.__len__) == hash(lst2.__len__), lst2.__len__ == lst2.__len__, lst2.__len__ == [].__len__, lst2.__len__ != lst2.__iter__)
print(len({(1).__add__, (1).__add__, (1).__sub__}), int.__add__ == int.__add__)
print(len({int.__add__, int.__add__, int.__sub__, float.__add__}), int.__add__ != int.__sub__, list.append == list.append)
