# gilvm-nogil:
# float.__divmod__ / __rdivmod__ called as methods by a zero: CPython's 'float divmod()' message
# (the slot wrapper said 'float floor division by zero'), as divmod() does
class F(float):
    def __divmod__(self, o):
        return ("mine", super().__divmod__(o))
class I(int): pass
tests = [
    lambda: float.__divmod__(5.5, 0), lambda: float.__divmod__(5.5, 0.0), lambda: float.__rdivmod__(0.0, 5), lambda: (5.5).__divmod__(False),
    lambda: float.__divmod__(5.5, I(0)), lambda: float.__divmod__(-5.5, 2), lambda: int.__divmod__(5, 0), lambda: int.__rdivmod__(0, 5),
    lambda: int.__divmod__(7, 2.0), lambda: (7).__divmod__(0.0), lambda: (7).__rdivmod__(0.0), lambda: divmod(F(3.5), 0), lambda: divmod(F(3.5), 2),
    lambda: float.__divmod__(1.5, 10**400), lambda: float.__divmod__(1e308, 1e-308), lambda: divmod(5.5, 0), lambda: divmod(5, 0.0), lambda: (2.5).__rdivmod__(7),
]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
