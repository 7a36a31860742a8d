# gilvm-nogil:
# object.__new__ called without the class says what CPython's tp_new_wrapper says
class A:
    pass
for f in [lambda: object.__new__(), lambda: object.__new__(x=1), lambda: object.__new__(object, 1),
          lambda: object.__new__(5), lambda: type(object.__new__(A)).__name__, lambda: int.__new__()]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
