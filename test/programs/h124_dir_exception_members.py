# gilvm-nogil:
# dir() of the built-in exceptions with members of their own (CPython's member and
# getset descriptors): StopIteration.value, SystemExit.code, OSError's errno/strerror/...,
# SyntaxError's position fields, ImportError's msg/name/path, NameError.name,
# AttributeError's name/obj, the Unicode errors' fields; subclasses inherit them
base = set(dir(BaseException))
for cls in [StopIteration, SystemExit, OSError, FileNotFoundError, SyntaxError, IndentationError,
            ImportError, ModuleNotFoundError, NameError, UnboundLocalError, AttributeError,
            UnicodeDecodeError, UnicodeEncodeError, KeyError, ValueError]:
    print(cls.__name__, sorted(set(dir(cls)) - base))
class AppError(OSError):
    pass
print(sorted(set(dir(AppError("x"))) - base))
try:
    next(iter([]))
except StopIteration as e:
    print([n for n in dir(e) if not n.startswith('_')])
