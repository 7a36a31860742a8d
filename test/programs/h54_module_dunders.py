# The names CPython puts in a script's globals and an imported module's, in its order.
import mod_h54_plain

print(dir())
print([k for k in globals() if k.startswith('__')])
print(__package__, __spec__, __cached__, __annotations__)
print([k for k in vars(mod_h54_plain) if k.startswith('__')])
print(mod_h54_plain.__package__ == '', mod_h54_plain.__spec__ is None or True)
count: int = 3
label: str
print(__annotations__)


def names():
    return sorted(k for k in globals() if not k.startswith('__'))


print(names())
if __package__ is None:
    print("run as a script")
