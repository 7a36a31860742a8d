# gilvm-nogil:
# int.__and__/__or__/__xor__ (and reflected) are int's own: applied to two bools they give an
# int (bool's own, found on bool and True, keep a bool); a subclass's super() calls
class MI(int):
    def __and__(self, o): return ("MI&", super().__and__(o))
    def __ror__(self, o): return ("MI|r", super().__ror__(o))
tests = [
 lambda: int.__and__(True, False), lambda: int.__or__(True, False), lambda: int.__xor__(True, True), lambda: int.__rand__(True, True), lambda: int.__ror__(False, True),
 lambda: int.__rxor__(True, False), lambda: bool.__and__(True, False), lambda: bool.__or__(True, 2), lambda: bool.__xor__(False, True), lambda: True.__and__(False),
 lambda: True & False, lambda: True | 2, lambda: 5 & True, lambda: int.__and__(6, 3), lambda: int.__and__(6, 3.0), lambda: int.__and__(True, 1.5),
 lambda: MI(6) & 3, lambda: MI(6) & True, lambda: True | MI(4), lambda: 3 | MI(4), lambda: int.__and__(MI(7), True), lambda: (5).__rxor__(True),
 lambda: int.__and__(True), lambda: int.__and__(True, x=1), lambda: int.__and__("a", 1), lambda: list(map(int.__or__, [True, False], [False, False])),
 lambda: int.__add__(True, True), lambda: int.__and__(2**70, True), lambda: int.__rand__(-1, 2**70), lambda: int.__and__, lambda: bool.__rxor__,
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
