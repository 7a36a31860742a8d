# ExceptionGroup/BaseExceptionGroup as builtins: split/subgroup by type, tuple and predicate
# over nested groups (the parts keep traceback, notes, cause/context), derive in a subclass.
def make():
    try:
        raise ExceptionGroup("outer", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
    except ExceptionGroup as e:
        return e

eg = make()
eg.add_note("a note")
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(m.__traceback__ is eg.__traceback__, m.__notes__, r.__notes__, m.__notes__ is eg.__notes__)
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.subgroup(OSError), eg.split(BaseException)[0] is eg, eg.split((KeyError, TypeError)))
print(eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner"))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), eg.message, eg.exceptions[:2])
try:
    raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError()])
except BaseExceptionGroup as e:
    print(type(e).__name__, str(e), e.split(Exception))

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)

print(repr(MyEG("mine", [ValueError(1), KeyError(2)]).split(KeyError)))
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ExceptionGroup("ctx", [z]) from None
except ExceptionGroup as g:
    print(g.__suppress_context__, g.__context__.__class__.__name__, g.split(ZeroDivisionError)[0].__suppress_context__)
