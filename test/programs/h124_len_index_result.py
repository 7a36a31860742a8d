# gilvm-nogil:
# __len__ may return any object with __index__: CPython's slot_sq_length takes the result
# through _PyNumber_Index, then checks the sign and size; a non-integer still fails
class Count:
    def __init__(self, n): self.n = n
    def __index__(self): return self.n
class Box:
    def __init__(self, n): self.n = n
    def __len__(self): return Count(self.n)
print(len(Box(4)), bool(Box(4)), bool(Box(0)))
for n in [-1, 2**70, 1.5, "3"]:
    try:
        print(len(Box(n)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
class FloatLen:
    def __len__(self): return 1.0
class BadCount:
    def __index__(self): return 2.5
class BadBox:
    def __len__(self): return BadCount()
for obj in [FloatLen(), BadBox()]:
    try:
        len(obj)
    except TypeError as e:
        print(e)
    try:
        bool(obj)
    except TypeError as e:
        print(e)
