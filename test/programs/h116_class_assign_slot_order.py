# gilvm-nogil:
# __class__ assignment compares the slots each side adds as CPython's same_slots_added
# does: sorted and name-mangled (the order both lay them out in), so the declaration
# order does not matter, a private slot of another class name does
class S1:
    __slots__ = ("x", "y")
class S2:
    __slots__ = ("y", "x")
class S3:
    __slots__ = ("x", "y", "z")
class P1:
    __slots__ = ("__p", "q")
class P2:
    __slots__ = ("q", "__p")
class P1b:
    __slots__ = ("q", "__p")
class W1:
    __slots__ = ("a", "__weakref__")
class W2:
    __slots__ = ("a",)
o = S1()
o.x, o.y = 1, 2
o.__class__ = S2
print(type(o).__name__, o.x, o.y)
o.y = 5
o.__class__ = S1
print(type(o).__name__, o.x, o.y)
for src, dst in [(S1, S3), (P1, P2), (P1, P1b), (W1, W2), (S2, S1)]:
    obj = src()
    try:
        obj.__class__ = dst
        print(src.__name__, '->', dst.__name__, 'ok')
    except TypeError as e:
        print(src.__name__, '->', dst.__name__, type(e).__name__, e)
