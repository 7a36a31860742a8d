# gilvm-nogil:
# %d/%x of an object whose __int__/__index__ fails with a TypeError: CPython's
# mainformatlong reports the wrong type; other errors pass through
class BadInt:
    def __int__(self): return "x"
class BadIndex:
    def __index__(self): return 1.5
class Raises:
    def __int__(self): raise TypeError("inner")
class RaisesValue:
    def __int__(self): raise ValueError("inner value")
class Good:
    def __int__(self): return 7
    def __index__(self): return 9
for fmt in ["%d", "%i", "%x", "%o", "%5d"]:
    for v in [BadInt(), BadIndex(), Raises(), RaisesValue(), Good()]:
        try:
            print(fmt, type(v).__name__, repr(fmt % v))
        except (TypeError, ValueError) as e:
            print(fmt, type(v).__name__, type(e).__name__, e)
