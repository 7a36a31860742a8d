# gilvm-nogil:
# Range slices whose bounds or step pass the small ints (they were wrapped to 31 bits: step 0, empty
# ranges, an internal error); min/max/zip's too-many-keywords message; built-in types' __dict__
# entries (dunders, methods, data attributes), which collections.abc-style checks read.
print(range(10)[::2**31])
print(range(10)[::2**30])
print(range(-2**30, 10)[::-1])
print(len(range(-5, 536870912, 536870912)[1::3]))
print(range(0, 3, 2**29)[100:1:2**64], range(5, 5, -2**30)[3:5:-100], range(10)[::2**53])
x = range(1073741823, 3, -1)[0:1:2**31]
print(len(x), x[0], list(x))
print(len(range(10, 0, -1)[::2**31]))
x = range(10)[::2**31]
print(list(x), len(x), x[0])
print(range(2**30 - 5, 2**30 + 5)[2:8:2], range(-2**30 - 3, -2**30 + 3)[::-2])
print(range(100)[5:50:7], range(100)[::-3][2:10], range(7)[-100:100], range(0)[::5])
for f in ('min([1], default=0, key=None, x=1)','min([1], x=1)','zip(strict=True, x=2)','zip(x=2)','max([1], key=None, default=3, z=1)'):
    try: eval(f)
    except TypeError as e: print(e)
print('__add__' in int.__dict__, 'fromkeys' in dict.__dict__, 'real' in int.__dict__, '__len__' in list.__dict__)
print(list.__dict__.get('__len__'), list.__dict__['__hash__'], '__doc__' in int.__dict__)
print(sorted(set(vars(int)) ^ set(['__abs__', '__add__', '__and__', '__bool__', '__ceil__', '__divmod__', '__doc__', '__eq__', '__float__', '__floor__', '__floordiv__', '__format__', '__ge__', '__getattribute__', '__getnewargs__', '__gt__', '__hash__', '__index__', '__int__', '__invert__', '__le__', '__lshift__', '__lt__', '__mod__', '__mul__', '__ne__', '__neg__', '__new__', '__or__', '__pos__', '__pow__', '__radd__', '__rand__', '__rdivmod__', '__repr__', '__rfloordiv__', '__rlshift__', '__rmod__', '__rmul__', '__ror__', '__round__', '__rpow__', '__rrshift__', '__rshift__', '__rsub__', '__rtruediv__', '__rxor__', '__sizeof__', '__sub__', '__truediv__', '__trunc__', '__xor__', 'as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'denominator', 'from_bytes', 'imag', 'numerator', 'real', 'to_bytes'])))
def check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return False
                break
        else:
            return False
    return True
print(check_methods(list, '__len__', '__iter__'), check_methods(int, '__len__'), check_methods(dict, '__getitem__', 'keys'), check_methods(str, '__hash__'), check_methods(list, '__hash__'))
print(type.__dict__['__dict__'], '__mro__' in type.__dict__, 'mro' in type.__dict__, object.__dict__['__init__'], '__class__' in object.__dict__)
print(int.__dict__['__add__'](3, 4), dict.__dict__['keys']({1: 2}), int.__dict__['real'].__get__(5))
