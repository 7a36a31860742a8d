# gilvm-nogil:
# Built-in fixes from a differential fuzz: a built-in type's data attributes asked of the class
# (int.real, range.start, a subclass's); bytearray item assignment checks the value before
# the index; bytes methods' and max/min's argument messages.
for expr in ["int.real", "int.imag", "float.real", "int.numerator", "int.denominator", "type(int.real).__name__", "int.__dict__['real']", "int.real.__get__(5)", "int.conjugate", "str.join", "type.__name__", "type.__dict__['__name__']"]:
    try: print(expr, '->', eval(expr))
    except Exception as e: print(expr, type(e).__name__, e)
b = bytearray()
for stmt in ["b[0] = 300", "b[0] = -1", "b[0] = 'x'", "b[5] = 1"]:
    try: exec(stmt); print(b)
    except Exception as e: print(stmt, type(e).__name__, e)
for stmt in ["b'abc'.zfill(2, b'*')", "max(sep=1)", "min(key=len)", "{1:2}.pop([1])", "max()", "bytearray().zfill()"]:
    try: print(eval(stmt))
    except Exception as e: print(stmt, type(e).__name__, e)
class I(int):
    pass
print(I.real, bool.imag, range.start, range.step, I.real.__get__(I(4)), slice.stop)
print(hasattr(int, 'real'), hasattr(str, 'real'), 'real' in dir(int))
for stmt in ["b'a'.join()", "b'a'.partition()", "bytearray(b'a').rpartition()", "bytearray().join(1, 2)", "min(k=1)", "max(1, 2, k=1)"]:
    try:
        eval(stmt)
    except TypeError as e:
        print(stmt, e)
class Shrink:
    def __index__(self):
        del grow[:]
        return 7
grow = bytearray(b'abc')
try:
    grow[1] = Shrink()
except IndexError as e:
    print('IndexError', e, grow)
# an empty dict's pop answers before hashing the key (CPython's _PyDict_Pop)
for args in [([1],), ([1], 'default'), ('k',)]:
    try:
        print({}.pop(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    {1: 2}.pop([1])
except TypeError as e:
    print('TypeError', e)
