# gilvm-nogil: --workers 2
# The eval loop's attribute caches on __slots__ words (LOAD_ATTR / STORE_ATTR in loops, so
# the cached path runs): loads, stores, empty slots (AttributeError every time, also after
# the cache was filled), a subclass dict entry under a slot's name that must not shadow
# the slot, a class whose member is replaced by a property, and a member descriptor copied
# into an unrelated class.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


def bump(obj, n):
    for _ in range(n):
        obj.x = obj.x + obj.y
    return obj.x


print(bump(P(1, 2), 1000), bump(Q(5, -1), 10))
q = Q(1, 2)
q.__dict__["x"] = "from dict"
print([q.x for _ in range(4)], q.__dict__)
objs = [P(i, i) for i in range(5)] + [Q(i, 1) for i in range(3)]
print([o.x + o.y for o in objs for _ in range(2)])


def read_x(o):
    return o.x


e = P(0, 0)
del e.x
for _ in range(3):
    try:
        read_x(e)
    except AttributeError as err:
        print("AttributeError:", err)
print(read_x(P(7, 0)))
e.x = 9
print(read_x(e))


class R(P):
    __slots__ = ()


r = R(3, 4)
print([read_x(r) for _ in range(3)])
P.x = property(lambda self: "property now")
print([read_x(r) for _ in range(2)], read_x(P.__new__(P)))


class Z:
    __slots__ = ("w",)
    x = Q.__dict__.get("x", P.__dict__["y"])


z = Z()
for _ in range(2):
    try:
        print(z.x)
    except TypeError as err:
        print("TypeError:", err)
