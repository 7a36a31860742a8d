# Corners found by the language sweep: eval('') and blank sources report line 0 (or the
# last line) with no column; sys.exception(); builtins lists ExceptionGroup before it is
# used; `except (E, 5)` checks every entry of the tuple before matching any.
# gilvm-nogil:
import sys
for src in ["", "   ", "\n", "# c", "\n\n", "  # c\n"]:
    try:
        eval(src)
    except SyntaxError as e:
        print(repr(src), e.lineno, e.offset, e.end_lineno, e.end_offset, e)
try:
    compile("", "f", "eval")
except SyntaxError as e:
    print(e.lineno, e.offset, e)

print(sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print(type(sys.exception()).__name__, sys.exception() is sys.exc_info()[1])
    try:
        raise KeyError("k")
    except KeyError:
        print(repr(sys.exception()))
    print(type(sys.exception()).__name__)
print(sys.exception())

import builtins
print("ExceptionGroup" in dir(builtins), "BaseExceptionGroup" in dir(builtins))
print(builtins.ExceptionGroup.__name__, getattr(builtins, "BaseExceptionGroup").__mro__[1].__name__)

try:
    try:
        1 / 0
    except (ZeroDivisionError, 5):
        print("caught")
except TypeError as e:
    print("TypeError:", e, type(e.__context__).__name__)
try:
    1 / 0
except (5, ZeroDivisionError) if False else (ArithmeticError,):
    print("caught ArithmeticError")

eval("")
