# gilvm-nogil:
# T.__new__(cls) of a built-in type checks cls as CPython's tp_new_wrapper does
class A: pass
class I(int): pass
for f in [lambda: int.__new__(str), lambda: int.__new__(A), lambda: float.__new__(int), lambda: str.__new__(list),
          lambda: tuple.__new__(dict), lambda: list.__new__(int), lambda: int.__new__(5), lambda: int.__new__(I, 5),
          lambda: dict.__new__(set), lambda: int.__new__(bool), lambda: int.__new__(), lambda: object.__new__(int)]:
    try:
        r = f()
        print(type(r).__name__, r)
    except TypeError as e:
        print("TypeError:", e)
class J(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(J(4), type(J(4)).__name__, int.__new__(J, 3), type(int.__new__(J, 3)).__name__)
class T(tuple): pass
print(tuple.__new__(T, [1, 2]), type(tuple.__new__(T, [1, 2])).__name__)
print(int.__new__.__self__, str.__new__(str, 5), list.__new__(list), dict.__new__(dict))
print(float.__new__(float, "1.5"), frozenset.__new__(frozenset, [1]))
class L(list):
    def __new__(cls, *a):
        return super().__new__(cls)
print(L([1, 2]), type(L()).__name__)
print(int.__new__(bool))
