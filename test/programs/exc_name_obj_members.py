# The name/obj/path members of NameError, AttributeError and ImportError, the keyword
# arguments their constructors take, and dir() of built-in objects.
e = AttributeError("no such thing", name="thing", obj=42)
print(e, e.args, e.name, e.obj)
print(NameError("n", name="x").name, NameError("n").name)
ie = ImportError("cannot", name="mod", path="/x/mod.py")
print(ie, ie.name, ie.path, ImportError().name)
for make in (lambda: AttributeError("x", foo=1), lambda: NameError(obj=1),
             lambda: ImportError(obj=1), lambda: ValueError("x", key=1),
             lambda: KeyError(k=1)):
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)


class AppError(Exception):
    pass


try:
    AppError("x", code=3)
except TypeError as err:
    print("TypeError:", err)


class CodedError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


print(CodedError("bad", code=7).code)

try:
    undefined_name
except NameError as err:
    print(err.name)


class Thing:
    pass


t = Thing()
try:
    t.missing
except AttributeError as err:
    print(err.name, err.obj is t)
try:
    getattr(t, "other")
except AttributeError as err:
    print(err.name, err.obj is t)
err = AttributeError("q")
err.name = "changed"
print(err.name)
try:
    import no_such_module_here
except ImportError as err:
    print(type(err).__name__, err.name, err.path)
try:
    from mod_helper import no_such_name
except ImportError as err:
    print(err.name, err.path is not None)

for obj in (5, 2.5, "s", [1], (1,), {1: 2}, {1}, range(3), slice(1, 2), None):
    print(type(obj).__name__, [n for n in dir(obj) if not n.startswith("_")])
print([n for n in dir(5) if n.startswith("__r")])
import mod_helper
print([n for n in dir(mod_helper) if not n.startswith("_")])
