# gilvm-nogil:
# Storing or deleting a class's special attributes that CPython's type refuses: C.__dict__
# (not writable), the read-only members (__mro__, __base__, ...), C.__class__, deleting
# __doc__ / __module__; they went into the class namespace (A.__dict__ = {} hid it)
class B: pass
class A: pass
def t(f):
    try:
        f(); print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: setattr(A, "__dict__", {}))
t(lambda: delattr(A, "__dict__"))
t(lambda: setattr(A, "__mro__", ()))
t(lambda: delattr(A, "__mro__"))
t(lambda: setattr(A, "__base__", B))
t(lambda: setattr(A, "__class__", type))
t(lambda: setattr(A, "__class__", B))
t(lambda: delattr(A, "__class__"))
t(lambda: setattr(A, "__basicsize__", 5))
t(lambda: setattr(A, "__doc__", "d"))
print(A.__doc__)
t(lambda: delattr(A, "__doc__"))
t(lambda: setattr(A, "__module__", "mm"))
print(A.__module__, A)
t(lambda: delattr(A, "__module__"))
t(lambda: setattr(A, "__annotations__", {"a": int}))
print(A.__annotations__)
t(lambda: delattr(A, "__name__"))
t(lambda: delattr(A, "__qualname__"))
t(lambda: setattr(A, "__weakref__", 1))
print(sorted(k for k in vars(A)))
class A:
    x = 1
def t(f):
    try:
        f(); print("ok")
    except Exception as e:
        print(type(e).__name__ + ":", e)
def s1(): A.__dict__ = {}
def s2(): A.__mro__ = ()
def s3(): A.__class__ = type
def s4(): del A.__doc__
def s5(): del A.__dict__
for f in (s1, s2, s3, s4, s5):
    for _ in range(3): t(f)
print(A.x, A.__dict__["x"], A.__mro__, type(A), sorted(vars(A)))
class M:
    pass
M.__doc__ = "doc"; M.__module__ = "mod"
print(M.__doc__, M.__module__)
class Sub(A): pass
t(lambda: setattr(Sub, "__dict__", 1))
print(Sub.x)
