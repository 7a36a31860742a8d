# Only StopIteration has .value and only SystemExit .code (every exception had both:
# getattr(e, "code", None) on a ValueError gave its first argument).
e = ValueError(5)
print(hasattr(e, "code"))
print(getattr(KeyError("k"), "code", "no code attr"))
print(getattr(Exception(), "code", "no code attr"))
try:
    print(ValueError(1, 2).code)
except AttributeError as err:
    print("AttributeError:", err)
try:
    print(ValueError(1, 2).value)
except AttributeError as err:
    print("AttributeError:", err)
print(SystemExit(3).code)
print(hasattr(KeyError("k"), "value"), getattr(RuntimeError("r"), "value", "no value attr"))
print(hasattr(StopAsyncIteration(), 'value'), StopIteration(3).value, StopIteration().value, SystemExit().code, SystemExit(1, 2).code)
class E(StopIteration):
    pass
print(E(4).value)
e = StopIteration(5)
e.value = 7
print(e.value, e.args)
