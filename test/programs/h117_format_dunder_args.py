# gilvm-nogil:
# x.__format__ called with a wrong number of arguments or a keyword: CPython's METH_O
# messages, naming the type that defines __format__ (int for bool, object for the rest)
class O:
    pass
class MyFloat(float):
    pass
cases = [lambda: (5).__format__(), lambda: True.__format__(), lambda: (5.0).__format__("", ""), lambda: MyFloat(1).__format__(),
         lambda: "x".__format__(), lambda: "x".__format__(spec=""), lambda: (5).__format__(format_spec=""),
         lambda: [].__format__(), lambda: None.__format__("", 1), lambda: O().__format__(), lambda: O().__format__("", 2),
         lambda: O().__format__(x=""), lambda: O().__format__("x"), lambda: (5).__format__(5), lambda: (5).__format__(">3"),
         lambda: MyFloat(2.5).__format__(".2f"), lambda: object.__format__(5, "")]
for f in cases:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
