# gilvm-nogil:
# int.__repr__ is int's own: applied to a bool it gives the digits (bool's __repr__ says True)
class MF(float):
    def __repr__(self): return "MF"
class MI(int):
    def __repr__(self): return "MI"
print(int.__repr__(True), int.__repr__(MI(5)), float.__repr__(MF(1.5)), repr(MI(5)), str(MI(5)), str(MF(2.0)), f"{MI(5)}", f"{MF(2.0)}")
print(int.__format__(True, ""), int.__format__(MI(3), ""), float.__format__(MF(1.5), ""), object.__repr__(5)[:10], "%s|%r|%d" % (MI(2), MI(2), MI(2)))
print(list(map(int.__repr__, [1, True, False])), bool.__repr__(True), int.__str__(True) if '__str__' in vars(int) else "no int.__str__")
print(complex.__repr__(complex(1, 2)), str.__repr__("x"), str.__str__("y"))
print((5).__repr__(), int.__repr__, int.__repr__(5, 6) if False else "", True.__repr__())
try:
    int.__repr__("x")
except TypeError as e: print(e)
try:
    int.__repr__(5, 6)
except TypeError as e: print(e)
